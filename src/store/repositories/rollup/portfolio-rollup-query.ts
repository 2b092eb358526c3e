import { sql } from 'drizzle-orm';
import type { PortfolioRollupRow } from '../../../contracts/thread';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';

/**
 * The whole portfolio's roll-up in one query, already in the wire shape, so the service adds nothing
 * to the time of the query itself.
 */
export function selectPortfolioRollup(db: Db, orgId: string): Promise<PortfolioRollupRow[]> {
  return selectRows<PortfolioRollupRow>(
    db,
    sql`SELECT i.id, i.key, i.title, i.phase, i.status,
          CASE WHEN i.progress_override IS NOT NULL THEN i.progress_override / 100 ELSE r.progress END AS progress,
          r.progress AS "computedProgress", i.health, r.computed_health AS "computedHealth",
          coalesce(r.health_reasons, '[]'::jsonb) AS "healthReasons", coalesce(r.delivered, false) AS "readyForDone",
          r.rolled_start::text AS "rolledStart", r.rolled_end::text AS "rolledEnd"
        FROM initiatives i LEFT JOIN rollups r ON r.node_id = i.id
        WHERE i.org_id = ${orgId}
        ORDER BY i.key_year, i.key_number`,
  );
}
