import type { TransitionRequest, TransitionResult } from '../../contracts/initiatives';
import { planTransition } from '../../domain/workflow/plan-transition';
import { insertDecision } from '../../store/repositories/initiatives-repository';
import { updateVersioned } from '../../store/repositories/versioned';
import { initiatives } from '../../store/schema';
import { recordAuditEvent } from '../audit/record-audit-event';
import { AppError } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import { loadWorkflow } from '../workflow/get-workflow';
import { recomputeAbove } from '../rollup/recompute-thread';
import { todayInOslo } from '../shared/today';
import { loadInitiative, lockInitiative, resolveInitiativeId } from './resolve-initiative';
import { auditSnapshot } from './to-initiative';
import { toDecision } from './to-decision';

/**
 * Records a gate decision and applies it: a phase move (checked against the gate), a send-back,
 * parking, stopping or resuming. The decision and the move are one transaction.
 */
export function transitionInitiative(
  ctx: ServiceContext,
  ref: string,
  expectedVersion: number,
  request: TransitionRequest,
): Promise<TransitionResult> {
  return inTransaction(ctx, async (tx) => {
    const id = await resolveInitiativeId(tx, ctx.orgId, ref);
    const before = await lockInitiative(tx, ctx.orgId, id, expectedVersion);
    const { workflow } = await loadWorkflow(tx, ctx.orgId);
    const outcome = planTransition(workflow, before, request);
    if (!outcome.ok) {
      const r = outcome.rejection;
      throw new AppError(
        r.code,
        r.message,
        r.code === 'gate-criteria-unmet' ? { unmetCriteria: r.unmet } : {},
      );
    }
    const { toPhase, toStatus } = outcome.plan;
    const moved = toPhase !== before.phase;
    const row = await updateVersioned(tx, initiatives, ctx.orgId, id, expectedVersion, {
      phase: toPhase,
      status: toStatus,
      updatedBy: ctx.actor,
      ...(moved ? { phaseChangedAt: new Date() } : {}),
    });
    const decisionRow = await insertDecision(tx, {
      id: crypto.randomUUID(),
      orgId: ctx.orgId,
      initiativeId: id,
      outcome: request.outcome,
      fromPhase: before.phase,
      toPhase,
      fromStatus: before.status,
      toStatus,
      decidedOn: request.decidedOn ?? todayInOslo(),
      decidedBy: request.decidedBy ?? ctx.actor,
      rationale: request.rationale?.trim() || null,
      conditions: request.conditions?.trim() || null,
      evidenceLinks: request.evidenceLinks ?? [],
      createdBy: ctx.actor,
    });
    const decision = toDecision(decisionRow);
    if (!row)
      throw new AppError('precondition-failed', `initiative ${ref} changed while deciding; read it again`);
    // Parking, stopping or resuming changes this initiative's health and that of those depending on
    // it; a phase move changes nothing the roll-up reads.
    if (toStatus !== before.status) await recomputeAbove(tx, ctx, { initiatives: [id] });
    const after = await loadInitiative(tx, ctx.orgId, id);
    await recordAuditEvent(
      tx,
      ctx,
      {
        entityType: 'initiative',
        entityId: id,
        initiativeId: id,
        action: 'transitioned',
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      },
      {
        entityType: 'decision',
        entityId: decision.id,
        initiativeId: id,
        action: 'created',
        before: null,
        after: decision,
      },
    );
    return { initiative: after, decision };
  });
}
