import { sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';

/**
 * The whole portfolio's roll-up as the JSON text of its `items`, built by the database in one query:
 * the numbers are stored, so the server only passes them on (no row parsing, no serialising). The join
 * names the node type so the planner reads only the initiatives' roll-ups (rollups_org_type_idx).
 */
export async function selectPortfolioRollupJson(db: Db, orgId: string): Promise<string> {
  const [row] = await selectRows<{ items: string }>(
    db,
    sql`SELECT coalesce(json_agg(json_build_object(
            'id', i.id, 'key', i.key, 'title', i.title, 'phase', i.phase, 'status', i.status,
            'progress', CASE WHEN i.progress_override IS NOT NULL THEN i.progress_override / 100 ELSE r.progress END,
            'health', i.health, 'readyForDone', coalesce(r.delivered, false))
          ORDER BY i.key_year, i.key_number), '[]')::text AS items
        FROM initiatives i
        LEFT JOIN rollups r ON r.node_id = i.id AND r.org_id = i.org_id AND r.node_type = 'initiative'
        WHERE i.org_id = ${orgId}`,
  );
  return row?.items ?? '[]';
}
