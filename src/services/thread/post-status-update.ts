import type { CreateStatusUpdate, StatusUpdate } from '../../contracts/thread';
import {
  applyOverrides,
  insertStatusUpdate,
  selectStatusUpdates,
  type StatusSubject,
  type StatusUpdateRow,
} from '../../store/repositories/status-updates-repository';
import { authoriseStatusUpdate } from './authorise-status-update';
import { recordAuditEvent } from '../audit/record-audit-event';
import { recomputeAbove } from '../rollup/recompute-thread';
import { AppError, notFound } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import { iso } from '../shared/iso';

export type { StatusSubject };

export const toStatusUpdate = (r: StatusUpdateRow): StatusUpdate => ({
  id: r.id,
  subjectId: r.initiativeId ?? r.elementId ?? '',
  text: r.text,
  healthOverride: r.healthOverride as StatusUpdate['healthOverride'],
  progressOverride: r.progressOverride,
  createdAt: iso(r.createdAt),
  createdBy: r.createdBy,
});

/**
 * Records a written status update on an initiative or roadmap element and applies the overrides it
 * carries. Overriding what the roll-up derived needs words: an empty text is refused.
 */
export function postStatusUpdate(
  ctx: ServiceContext,
  subject: StatusSubject,
  input: CreateStatusUpdate,
): Promise<StatusUpdate> {
  const text = input.text.trim();
  if (text.length === 0) {
    const overrides = input.health !== undefined || input.progress !== undefined;
    throw new AppError(
      'status-update-required',
      overrides
        ? 'an override of health or progress needs a written status update: say why'
        : 'a status update needs text',
      { issues: [{ path: 'text', message: 'required' }] },
    );
  }
  return inTransaction(ctx, async (tx) => {
    await authoriseStatusUpdate(tx, ctx, subject);
    const exists = await applyOverrides(tx, ctx.orgId, subject, {
      health: input.health,
      progress: input.progress,
    });
    const subjectId = 'initiativeId' in subject ? subject.initiativeId : subject.elementId;
    if (!exists) throw notFound('initiativeId' in subject ? 'initiative' : 'roadmap element', subjectId);
    const row = await insertStatusUpdate(tx, {
      id: crypto.randomUUID(),
      orgId: ctx.orgId,
      initiativeId: 'initiativeId' in subject ? subject.initiativeId : null,
      elementId: 'elementId' in subject ? subject.elementId : null,
      text,
      healthOverride: input.health ?? null,
      progressOverride: input.progress ?? null,
      createdBy: ctx.actor,
    });
    // The initiative keeps its effective health stored for lists; an element's is read with it.
    if ('initiativeId' in subject) await recomputeAbove(tx, ctx, { initiatives: [subject.initiativeId] });
    const update = toStatusUpdate(row);
    await recordAuditEvent(tx, ctx, {
      entityType: 'status-update',
      entityId: row.id,
      initiativeId: 'initiativeId' in subject ? subject.initiativeId : undefined,
      action: 'created',
      before: null,
      after: update,
    });
    return update;
  });
}

/** Newest first. */
export async function listStatusUpdates(
  ctx: ServiceContext,
  subject: StatusSubject,
): Promise<StatusUpdate[]> {
  return (await selectStatusUpdates(ctx.database.db, ctx.orgId, subject)).map(toStatusUpdate);
}
