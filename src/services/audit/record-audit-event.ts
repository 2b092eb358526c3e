import type { AuditAction, EntityType } from '../../contracts/audit';
import type { Db } from '../../store/database';
import { insertAuditEvents } from '../../store/repositories/audit-repository';
import type { ServiceContext } from '../shared/context';

export interface AuditChange {
  entityType: EntityType;
  entityId: string;
  action: AuditAction;
  before: object | null;
  after: object | null;
  /** The initiative this change belongs to, so it appears in that initiative's history. */
  initiativeId?: string;
}

/** Writes the history lines for one or more changes, in one statement, inside the change's own transaction. */
export async function recordAuditEvent(
  tx: Db,
  ctx: ServiceContext,
  ...changes: [AuditChange, ...AuditChange[]]
): Promise<void> {
  await insertAuditEvents(
    tx,
    changes.map((change) => ({
      orgId: ctx.orgId,
      actor: ctx.actor,
      entityType: change.entityType,
      entityId: change.entityId,
      initiativeId: change.initiativeId ?? null,
      action: change.action,
      before: change.before ? toJson(change.before) : null,
      after: change.after ? toJson(change.after) : null,
    })),
  );
}

/** Dates become ISO strings; the stored history is plain JSON. */
function toJson(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
