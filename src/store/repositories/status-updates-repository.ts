import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { initiatives, roadmapElements, statusUpdates } from '../schema';

export type StatusUpdateRow = typeof statusUpdates.$inferSelect;
export type StatusSubject = { initiativeId: string } | { elementId: string };

export async function insertStatusUpdate(
  tx: Db,
  row: typeof statusUpdates.$inferInsert,
): Promise<StatusUpdateRow> {
  const [inserted] = await tx.insert(statusUpdates).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export function selectStatusUpdates(
  db: Db,
  orgId: string,
  subject: StatusSubject,
): Promise<StatusUpdateRow[]> {
  const bySubject =
    'initiativeId' in subject
      ? eq(statusUpdates.initiativeId, subject.initiativeId)
      : eq(statusUpdates.elementId, subject.elementId);
  return db
    .select()
    .from(statusUpdates)
    .where(and(eq(statusUpdates.orgId, orgId), bySubject))
    .orderBy(desc(statusUpdates.createdAt), desc(statusUpdates.id));
}

/** Sets or clears the overrides a status update carries; a field left undefined keeps its value. */
export async function applyOverrides(
  tx: Db,
  orgId: string,
  subject: StatusSubject,
  overrides: { health?: string | null; progress?: number | null },
): Promise<boolean> {
  const values = Object.fromEntries(
    Object.entries({ healthOverride: overrides.health, progressOverride: overrides.progress }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  const table = 'initiativeId' in subject ? initiatives : roadmapElements;
  const id = 'initiativeId' in subject ? subject.initiativeId : subject.elementId;
  const rows = await tx
    .update(table)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(table.orgId, orgId), eq(table.id, id)))
    .returning({ id: table.id });
  return rows.length > 0;
}
