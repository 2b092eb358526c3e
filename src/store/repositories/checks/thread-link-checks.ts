import { sql } from 'drizzle-orm';
import type { CheckItem } from '../../../contracts/checks';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';
import type { CheckSubject } from './check-inputs';
import { githubRefOf, notAbandoned } from './check-sql';

/**
 * Roadmap elements past "under consideration" and still in the plan that no epic points to.
 * Anti-join on epic_roadmap_elements_element_idx.
 */
export function selectElementsWithoutEpics(db: Db, orgId: string): Promise<CheckItem[]> {
  return selectRows<CheckItem>(
    db,
    sql`SELECT 'roadmap-element' AS type, e.id, ${githubRefOf('e')} AS ref, e.title, NULL::text AS detail
      FROM roadmap_elements e
      WHERE e.org_id = ${orgId} AND e.status <> 'under-consideration' AND ${notAbandoned('e')}
        AND NOT EXISTS (SELECT 1 FROM epic_roadmap_elements l WHERE l.element_id = e.id)
      ORDER BY e.title, e.id`,
  );
}

/** Epics still in the plan that serve no roadmap element. Anti-join on the link's primary key (epic_id first). */
export function selectEpicsServingNothing(db: Db, orgId: string): Promise<CheckItem[]> {
  return selectRows<CheckItem>(
    db,
    sql`SELECT 'epic' AS type, b.id, ${githubRefOf('b')} AS ref, b.title, NULL::text AS detail
      FROM backlog_items b
      WHERE b.org_id = ${orgId} AND b.kind = 'epic' AND ${notAbandoned('b')}
        AND NOT EXISTS (SELECT 1 FROM epic_roadmap_elements l WHERE l.epic_id = b.id)
      ORDER BY b.title, b.id`,
  );
}

export interface OverdueRow extends CheckSubject {
  type: 'roadmap-element' | 'epic';
  /** The date that passed ('YYYY-MM-DD'): an element's end, an epic's due date. */
  endsOn: string;
  /** Whole days from that date to today. */
  daysOverdue: number;
}

/**
 * Open roadmap elements whose end date has passed without delivery (neither rolled up as delivered nor
 * set to Levert), then open epics whose due date has passed (an epic is delivered only when closed as
 * done); the most overdue first. Epics are found through backlog_items_kind_idx, never among the issues.
 * Dates come as text, so no driver turns them into instants.
 */
export function selectOverdueEnds(db: Db, orgId: string, today: string): Promise<OverdueRow[]> {
  return selectRows<OverdueRow>(
    db,
    sql`SELECT type, id, ref, title, ends::text AS "endsOn", ${today}::date - ends AS "daysOverdue" FROM (
        SELECT 'roadmap-element' AS type, e.id, ${githubRefOf('e')} AS ref, e.title, 0 AS level, e.end_on AS ends
        FROM roadmap_elements e LEFT JOIN rollups r ON r.node_id = e.id
        WHERE e.org_id = ${orgId} AND e.state = 'open' AND e.end_on < ${today}::date
          AND e.status <> 'delivered' AND r.delivered IS NOT TRUE
        UNION ALL
        SELECT 'epic', b.id, ${githubRefOf('b')}, b.title, 1, b.due_on
        FROM backlog_items b
        WHERE b.org_id = ${orgId} AND b.kind = 'epic' AND b.state = 'open' AND b.due_on < ${today}::date
      ) AS overdue
      ORDER BY level, ends, title, id`,
  );
}
