import { and, asc, eq, or } from 'drizzle-orm';
import type { Db } from '../database';
import { auditEvents } from '../schema';

export type NewAuditEvent = typeof auditEvents.$inferInsert;
export type AuditEventRow = typeof auditEvents.$inferSelect;

export async function insertAuditEvents(tx: Db, events: NewAuditEvent[]): Promise<void> {
  await tx.insert(auditEvents).values(events);
}

/** An entity's history, oldest first; for an initiative also the events that belong to it. */
export function listAuditEvents(db: Db, orgId: string, entityId: string): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        or(eq(auditEvents.entityId, entityId), eq(auditEvents.initiativeId, entityId)),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(5000);
}
