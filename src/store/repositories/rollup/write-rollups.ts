import { sql } from 'drizzle-orm';
import type { HealthReason } from '../../../contracts/rollup';
import type { Db } from '../../database';
import { chunks } from '../chunks';

export type RollupNodeType = 'epic' | 'roadmap-element' | 'initiative';

/** One computed node, in the columns of `rollups`. */
export interface RollupRecord {
  nodeId: string;
  progress: number | null;
  doneUnits: number;
  totalUnits: number;
  weight: number;
  counted: boolean;
  delivered: boolean;
  rolledStart: string | null;
  rolledEnd: string | null;
  lastActivityAt: string | null;
  computedHealth: string | null;
  healthReasons: HealthReason[];
  expectedProgress: number | null;
}

/** Rows per statement: array parameters (13 per statement), so many rows fit in one. */
const BATCH = 5_000;

/**
 * Stores computed roll-ups, all of one type, in as few statements as possible. A row whose numbers did
 * not change is left alone, so `computed_at` says when the figures last changed.
 */
export async function writeRollups(
  db: Db,
  orgId: string,
  nodeType: RollupNodeType,
  records: readonly RollupRecord[],
): Promise<void> {
  for (const batch of chunks(records, BATCH)) await writeBatch(db, orgId, nodeType, batch);
}

async function writeBatch(
  db: Db,
  orgId: string,
  nodeType: RollupNodeType,
  rows: readonly RollupRecord[],
): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(pick: (r: RollupRecord) => T) => sql.param(rows.map(pick));
  await db.execute(sql`
    INSERT INTO rollups (node_id, org_id, node_type, progress, done_units, total_units, weight, counted,
      delivered, rolled_start, rolled_end, last_activity_at, computed_health, health_reasons, expected_progress)
    SELECT u.node_id, ${orgId}::uuid, ${nodeType}, u.progress, u.done_units, u.total_units, u.weight, u.counted,
      u.delivered, u.rolled_start::date, u.rolled_end::date, u.last_activity_at::timestamptz, u.computed_health,
      u.health_reasons::jsonb, u.expected_progress
    FROM unnest(
      ${col((r) => r.nodeId)}::uuid[], ${col((r) => r.progress)}::double precision[],
      ${col((r) => r.doneUnits)}::double precision[], ${col((r) => r.totalUnits)}::double precision[],
      ${col((r) => r.weight)}::double precision[], ${col((r) => r.counted)}::boolean[],
      ${col((r) => r.delivered)}::boolean[], ${col((r) => r.rolledStart)}::text[],
      ${col((r) => r.rolledEnd)}::text[], ${col((r) => r.lastActivityAt)}::text[],
      ${col((r) => r.computedHealth)}::text[], ${col((r) => JSON.stringify(r.healthReasons))}::text[],
      ${col((r) => r.expectedProgress)}::double precision[]
    ) AS u(node_id, progress, done_units, total_units, weight, counted, delivered, rolled_start, rolled_end,
           last_activity_at, computed_health, health_reasons, expected_progress)
    ON CONFLICT (node_id) DO UPDATE SET
      progress = EXCLUDED.progress, done_units = EXCLUDED.done_units, total_units = EXCLUDED.total_units,
      weight = EXCLUDED.weight, counted = EXCLUDED.counted, delivered = EXCLUDED.delivered,
      rolled_start = EXCLUDED.rolled_start, rolled_end = EXCLUDED.rolled_end,
      last_activity_at = EXCLUDED.last_activity_at, computed_health = EXCLUDED.computed_health,
      health_reasons = EXCLUDED.health_reasons, expected_progress = EXCLUDED.expected_progress,
      computed_at = now()
    WHERE (rollups.progress, rollups.done_units, rollups.total_units, rollups.weight, rollups.counted,
           rollups.delivered, rollups.rolled_start, rollups.rolled_end, rollups.last_activity_at,
           rollups.computed_health, rollups.health_reasons, rollups.expected_progress)
      IS DISTINCT FROM
          (EXCLUDED.progress, EXCLUDED.done_units, EXCLUDED.total_units, EXCLUDED.weight, EXCLUDED.counted,
           EXCLUDED.delivered, EXCLUDED.rolled_start, EXCLUDED.rolled_end, EXCLUDED.last_activity_at,
           EXCLUDED.computed_health, EXCLUDED.health_reasons, EXCLUDED.expected_progress)`);
}

/** Removes the stored roll-up of deleted nodes (rollups has no foreign key: it spans three tables). */
export async function deleteRollups(db: Db, orgId: string, nodeIds: readonly string[]): Promise<void> {
  if (nodeIds.length === 0) return;
  await db.execute(
    sql`DELETE FROM rollups WHERE org_id = ${orgId} AND node_id = ANY(${sql.param([...nodeIds])}::uuid[])`,
  );
}
