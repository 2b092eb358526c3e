import { sql } from 'drizzle-orm';
import type { PortfolioRollupRow } from '../../../contracts/thread';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';

/**
 * The whole portfolio's roll-up in one query, already in the wire shape. The join names the node type,
 * so the planner reads only the initiatives' roll-ups (rollups_org_type_idx).
 */
export function selectPortfolioRollup(db: Db, orgId: string): Promise<PortfolioRollupRow[]> {
  return selectRows<PortfolioRollupRow>(
    db,
    sql`SELECT i.id, i.key, i.title, i.phase, i.status,
          CASE WHEN i.progress_override IS NOT NULL THEN i.progress_override / 100 ELSE r.progress END AS progress,
          i.health, coalesce(r.delivered, false) AS "readyForDone"
        FROM initiatives i
        LEFT JOIN rollups r ON r.node_id = i.id AND r.org_id = i.org_id AND r.node_type = 'initiative'
        WHERE i.org_id = ${orgId}
        ORDER BY i.key_year, i.key_number`,
  );
}
