import type { Initiative, UpdateInitiative } from '../../contracts/initiatives';
import { updateVersioned } from '../../store/repositories/versioned';
import { initiatives } from '../../store/schema';
import { recordAuditEvent } from '../audit/record-audit-event';
import { isOwnDraft } from '../../domain/access/ownership';
import { authorise } from '../shared/access';
import { AppError } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import type { Db } from '../../store/database';
import { recomputeAbove } from '../rollup/recompute-thread';
import { loadWorkflow } from '../workflow/get-workflow';
import { checkInitiativeInput, initiativeColumns, writeInitiativeLinks } from './initiative-fields';
import { loadInitiative, lockInitiative, resolveInitiativeId } from './resolve-initiative';
import { auditSnapshot } from './to-initiative';
import { refuseHiddenWrites, withholdInitiative } from './withhold-internal';

/** Edits an initiative's fields. Phase and status change only through decisions (transitionInitiative). */
export function updateInitiative(
  ctx: ServiceContext,
  ref: string,
  expectedVersion: number,
  input: UpdateInitiative,
): Promise<Initiative> {
  return inTransaction(ctx, async (tx) => {
    const id = await resolveInitiativeId(tx, ctx.orgId, ref);
    const before = await lockInitiative(tx, ctx.orgId, id, expectedVersion);
    const { workflow } = await loadWorkflow(tx, ctx.orgId);
    await authorise(tx, ctx, 'initiative.edit', (p) =>
      isOwnDraft(p, { ...before, firstPhase: workflow.phases[0]?.id ?? before.phase }),
    );
    refuseHiddenWrites(ctx, input);
    checkInitiativeInput(workflow, input, id);
    const after = await writeInitiativeUpdate(tx, ctx, before, expectedVersion, input);
    return withholdInitiative(ctx, after);
  });
}

/**
 * Writes an edit of a locked initiative at `expectedVersion` (and `extra` columns, such as the phase an
 * import reads from a board), its links, the roll-up and the history; answers the initiative after it.
 */
export async function writeInitiativeUpdate(
  tx: Db,
  ctx: ServiceContext,
  before: Initiative,
  expectedVersion: number,
  input: UpdateInitiative,
  extra: { phase?: string } = {},
): Promise<Initiative> {
  const row = await updateVersioned(tx, initiatives, ctx.orgId, before.id, expectedVersion, {
    ...initiativeColumns(input),
    ...extra,
    updatedBy: ctx.actor,
  });
  if (!row)
    throw new AppError('precondition-failed', `initiative ${before.key} changed while saving; read it again`);
  await writeInitiativeLinks(tx, ctx.orgId, before.id, input);
  await recomputeAbove(tx, ctx, { initiatives: [before.id] });
  const after = await loadInitiative(tx, ctx.orgId, before.id);
  await recordAuditEvent(tx, ctx, {
    entityType: 'initiative',
    entityId: before.id,
    initiativeId: before.id,
    action: 'updated',
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  return after;
}
