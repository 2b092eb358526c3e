import type { AuditEvent } from '../../contracts/audit';
import { listAuditEvents } from '../../store/repositories/audit-repository';
import { withholdHistory } from '../initiatives/withhold-internal';
import type { ServiceContext } from '../shared/context';

/** What happened to an entity, oldest first; for an initiative also its decisions. */
export async function getHistory(ctx: ServiceContext, entityId: string): Promise<AuditEvent[]> {
  const rows = await listAuditEvents(ctx.database.db, ctx.orgId, entityId);
  const events = rows.map((r) => ({
    id: String(r.id),
    entityType: r.entityType as AuditEvent['entityType'],
    entityId: r.entityId,
    action: r.action as AuditEvent['action'],
    actor: r.actor,
    at: r.at.toISOString(),
    before: r.before ?? null,
    after: r.after ?? null,
  }));
  return withholdHistory(ctx, events);
}
