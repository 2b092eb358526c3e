import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../database';
import { asTable, type VersionedTable } from './versioned';

/** The position after the last row of a page: its sort value and id. */
export interface KeysetCursor {
  value: string;
  id: string;
}

/** One page of a tenant table ordered by a text column, then id. */
export async function selectPage<T extends VersionedTable>(
  db: Db,
  table: T,
  orgId: string,
  orderBy: PgColumn,
  limit: number,
  after: KeysetCursor | null,
  filter?: SQL,
): Promise<T['$inferSelect'][]> {
  const afterCursor = after
    ? or(gt(orderBy, after.value), and(eq(orderBy, after.value), gt(table.id, after.id)))
    : undefined;
  const rows = await db
    .select()
    .from(asTable(table))
    .where(and(eq(table.orgId, orgId), filter, afterCursor))
    .orderBy(asc(orderBy), asc(table.id))
    .limit(limit);
  return rows;
}
