import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../database';
import { rollups } from '../../schema';

export type RollupRow = typeof rollups.$inferSelect;

/** The stored roll-ups of the given nodes, by node id. */
export async function selectRollups(
  db: Db,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, RollupRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(rollups)
    .where(and(eq(rollups.orgId, orgId), inArray(rollups.nodeId, [...ids])));
  return new Map(rows.map((r) => [r.nodeId, r]));
}
