import { sql } from 'drizzle-orm';
import type { Db } from '../database';
import { selectRows } from './select-rows';

export interface PublicInitiativeRow {
  id: string;
  key: string;
  title: string;
  phase: string;
  status: string;
  problemStatement: string | null;
  description: string | null;
  progress: number | null;
  health: string | null;
}

export interface PublicElementRow {
  id: string;
  title: string;
  productName: string | null;
  initiativeIds: string[];
  status: string;
  startOn: string | null;
  endOn: string | null;
  progress: number | null;
  milestone: string | null;
  overview: string | null;
  expectedResult: string | null;
}

/**
 * Initiatives the portfolio has taken up (past the first phase, not stopped), in case order. Progress is
 * the effective one (a status update's override, else the roll-up), 0–1 as everywhere in the API.
 */
export function selectPublicInitiatives(
  db: Db,
  orgId: string,
  firstPhase: string,
): Promise<PublicInitiativeRow[]> {
  return selectRows<PublicInitiativeRow>(
    db,
    sql`SELECT i.id, i.key, i.title, i.phase, i.status, i.problem_statement AS "problemStatement",
               i.description, i.health,
               CASE WHEN i.progress_override IS NOT NULL THEN i.progress_override / 100 ELSE r.progress END AS progress
        FROM initiatives i LEFT JOIN rollups r ON r.node_id = i.id
        WHERE i.org_id = ${orgId} AND i.phase <> ${firstPhase} AND i.status <> 'stopped'
        ORDER BY i.key_year, i.key_number`,
  );
}

/** Roadmap elements serving those initiatives, with their product's name. */
export function selectPublicElements(
  db: Db,
  orgId: string,
  initiativeIds: string[],
): Promise<PublicElementRow[]> {
  return selectRows<PublicElementRow>(
    db,
    sql`SELECT e.id, e.title, p.name AS "productName", e.status,
               to_char(e.start_on, 'YYYY-MM-DD') AS "startOn", to_char(e.end_on, 'YYYY-MM-DD') AS "endOn",
               e.milestone, e.overview, e.expected_result AS "expectedResult",
               CASE WHEN e.progress_override IS NOT NULL THEN e.progress_override / 100 ELSE r.progress END AS progress,
               array_agg(l.initiative_id ORDER BY l.initiative_id) AS "initiativeIds"
        FROM roadmap_elements e
        JOIN roadmap_element_initiatives l ON l.org_id = e.org_id AND l.element_id = e.id
        LEFT JOIN products p ON p.org_id = e.org_id AND p.id = e.product_id
        LEFT JOIN rollups r ON r.node_id = e.id
        WHERE e.org_id = ${orgId} AND l.initiative_id = ANY(${sql.param(initiativeIds)}::uuid[])
        GROUP BY e.id, p.name, r.progress
        ORDER BY e.start_on NULLS LAST, e.title`,
  );
}
