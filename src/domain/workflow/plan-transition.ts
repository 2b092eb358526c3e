import type { Initiative, InitiativeStatus, TransitionRequest } from '../../contracts/initiatives';
import type { UnmetCriterion } from '../../contracts/errors';
import type { Workflow } from '../../contracts/workflow';
import { evaluateGate } from './evaluate-gate';

export interface TransitionPlan {
  toPhase: string;
  toStatus: InitiativeStatus;
}

export type TransitionRejection =
  | { code: 'illegal-transition'; message: string }
  | { code: 'rationale-required'; message: string }
  | { code: 'conditions-required'; message: string }
  | { code: 'gate-criteria-unmet'; message: string; unmet: UnmetCriterion[] };

export type TransitionOutcome =
  { ok: true; plan: TransitionPlan } | { ok: false; rejection: TransitionRejection };

const reject = (rejection: TransitionRejection): TransitionOutcome => ({ ok: false, rejection });
const accept = (toPhase: string, toStatus: InitiativeStatus): TransitionOutcome => ({
  ok: true,
  plan: { toPhase, toStatus },
});
const hasText = (v: string | undefined) => v !== undefined && v.trim().length > 0;

/**
 * Decides whether a requested decision may be applied, and where it leaves the initiative.
 * Forward moves go one phase at a time and pass the gate; going back, parking and stopping need a
 * rationale; a stopped initiative is final.
 */
export function planTransition(
  workflow: Workflow,
  initiative: Initiative,
  request: TransitionRequest,
): TransitionOutcome {
  const phaseIndex = workflow.phases.findIndex((p) => p.id === initiative.phase);
  const targetIndex = request.to === undefined ? -1 : workflow.phases.findIndex((p) => p.id === request.to);
  if (request.to !== undefined && targetIndex < 0) {
    return reject({ code: 'illegal-transition', message: `unknown phase ${request.to}` });
  }
  if (initiative.status === 'stopped') {
    return reject({
      code: 'illegal-transition',
      message: `${initiative.key} is stopped; a stopped initiative does not move`,
    });
  }
  switch (request.outcome) {
    case 'approved':
    case 'approved-with-conditions':
      return planForward(workflow, initiative, request, phaseIndex, targetIndex);
    case 'sent-back':
      if (targetIndex < 0 || targetIndex >= phaseIndex) {
        return reject({ code: 'illegal-transition', message: 'sent-back needs `to`: an earlier phase' });
      }
      if (!hasText(request.rationale))
        return reject({ code: 'rationale-required', message: 'say why it is sent back' });
      return accept(request.to as string, initiative.status === 'parked' ? 'parked' : 'active');
    case 'parked':
    case 'stopped':
      if (targetIndex >= 0 && targetIndex !== phaseIndex) {
        return reject({
          code: 'illegal-transition',
          message: `${request.outcome} keeps the phase; leave out \`to\``,
        });
      }
      if (request.outcome === 'parked' && initiative.status === 'parked') {
        return reject({ code: 'illegal-transition', message: `${initiative.key} is already parked` });
      }
      if (!hasText(request.rationale)) {
        return reject({ code: 'rationale-required', message: `say why it is ${request.outcome}` });
      }
      return accept(initiative.phase, request.outcome);
    case 'resumed':
      if (initiative.status !== 'parked') {
        return reject({ code: 'illegal-transition', message: `${initiative.key} is not parked` });
      }
      if (targetIndex >= 0 && targetIndex !== phaseIndex) {
        return reject({ code: 'illegal-transition', message: 'resumed keeps the phase; leave out `to`' });
      }
      return accept(initiative.phase, 'active');
  }
}

function planForward(
  workflow: Workflow,
  initiative: Initiative,
  request: TransitionRequest,
  phaseIndex: number,
  targetIndex: number,
): TransitionOutcome {
  const next = workflow.phases[phaseIndex + 1];
  if (!next) return reject({ code: 'illegal-transition', message: `${initiative.phase} is the last phase` });
  if (targetIndex >= 0 && targetIndex !== phaseIndex + 1) {
    return reject({
      code: 'illegal-transition',
      message: `from ${initiative.phase} an approval moves to ${next.id}, not ${request.to}; phases are not skipped`,
    });
  }
  if (initiative.status === 'parked') {
    return reject({ code: 'illegal-transition', message: `${initiative.key} is parked; resume it first` });
  }
  if (request.outcome === 'approved-with-conditions' && !hasText(request.conditions)) {
    return reject({ code: 'conditions-required', message: 'approved with conditions needs the conditions' });
  }
  const gate = evaluateGate(workflow, initiative);
  const unmet = gate.criteria
    .filter((c) => !c.met)
    .map((c) => ({ id: c.id, kind: c.kind, label: c.label.nb }));
  if (unmet.length > 0) {
    return reject({
      code: 'gate-criteria-unmet',
      message: `${unmet.length} criteria to leave ${initiative.phase} are not met: ${unmet.map((u) => u.id).join(', ')}`,
      unmet,
    });
  }
  return accept(next.id, 'active');
}
