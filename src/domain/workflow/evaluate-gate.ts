import type { Initiative } from '../../contracts/initiatives';
import type { Criterion, GateStatus, Workflow } from '../../contracts/workflow';
import { isFieldFilled } from './field-checks';

export function isCriterionMet(criterion: Criterion, initiative: Initiative): boolean {
  return criterion.kind === 'field'
    ? isFieldFilled(criterion.field, initiative)
    : initiative.checkedCriteria.includes(criterion.id);
}

/** The exit criteria of the initiative's current phase, each met or not. */
export function evaluateGate(workflow: Workflow, initiative: Initiative): GateStatus {
  const index = workflow.phases.findIndex((p) => p.id === initiative.phase);
  const phase = workflow.phases[index];
  const nextPhase = workflow.phases[index + 1]?.id ?? null;
  const criteria = (phase?.exitCriteria ?? []).map((c) => ({
    id: c.id,
    kind: c.kind,
    label: c.label,
    met: isCriterionMet(c, initiative),
  }));
  return {
    phase: initiative.phase,
    nextPhase,
    criteria,
    ready: nextPhase !== null && criteria.every((c) => c.met),
  };
}

/** Checklist criterion ids anywhere in the workflow: what `checkedCriteria` may contain. */
export function checklistCriterionIds(workflow: Workflow): Set<string> {
  return new Set(
    workflow.phases.flatMap((p) => p.exitCriteria.filter((c) => c.kind === 'checklist').map((c) => c.id)),
  );
}
