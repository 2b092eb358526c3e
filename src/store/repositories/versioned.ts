import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../database';

/** A tenant-owned table with optimistic concurrency: id, org_id, version, updated_at. */
export type VersionedTable = PgTable & {
  id: PgColumn;
  orgId: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

/**
 * Widens a concrete table to drizzle's base type: its select typings cannot resolve a generic table.
 */
export function asTable(table: VersionedTable): PgTable {
  return table;
}

/** Reads one row of the organisation and locks it for the rest of the transaction. */
export async function selectForUpdate<T extends VersionedTable>(
  tx: Db,
  table: T,
  orgId: string,
  id: string,
): Promise<T['$inferSelect'] | undefined> {
  const rows = await tx
    .select()
    .from(asTable(table))
    .where(and(eq(table.orgId, orgId), eq(table.id, id)))
    .for('update');
  return rows[0];
}

export async function selectOne<T extends VersionedTable>(
  db: Db,
  table: T,
  orgId: string,
  id: string,
): Promise<T['$inferSelect'] | undefined> {
  const rows = await db
    .select()
    .from(asTable(table))
    .where(and(eq(table.orgId, orgId), eq(table.id, id)));
  return rows[0];
}

/** Updates a row only if it still has `expectedVersion`, and bumps the version. */
export async function updateVersioned<T extends VersionedTable>(
  tx: Db,
  table: T,
  orgId: string,
  id: string,
  expectedVersion: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect'] | undefined> {
  const rows = await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.orgId, orgId), eq(table.id, id), eq(table.version, expectedVersion)))
    .returning();
  return (rows as T['$inferSelect'][])[0];
}

export async function deleteRow<T extends VersionedTable>(
  tx: Db,
  table: T,
  orgId: string,
  id: string,
): Promise<void> {
  await tx.delete(table).where(and(eq(table.orgId, orgId), eq(table.id, id)));
}
