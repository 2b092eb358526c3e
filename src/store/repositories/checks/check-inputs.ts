import { sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';
import { githubRefOf, notAbandoned, phaseFromEnd, phaseIdsOf } from './check-sql';

/** A row a check judges in TypeScript: what it is, and how people refer to it. */
export interface CheckSubject {
  id: string;
  ref: string | null;
  title: string;
}

export interface ElementTextsRow extends CheckSubject {
  overview: string | null;
  expectedResult: string | null;
  howItWorks: string | null;
}

/** The texts of every roadmap element still in the plan, for the placeholder check. */
export function selectElementTexts(db: Db, orgId: string): Promise<ElementTextsRow[]> {
  return selectRows<ElementTextsRow>(
    db,
    sql`SELECT e.id, ${githubRefOf('e')} AS ref, e.title, e.overview, e.expected_result AS "expectedResult",
        e.how_it_works AS "howItWorks"
      FROM roadmap_elements e
      WHERE e.org_id = ${orgId} AND ${notAbandoned('e')}
      ORDER BY e.title, e.id`,
  );
}

/**
 * Epics that may carry a template title ("Draft epos", "TBA", "-"), by the element they serve. The
 * regular expressions only narrow the rows down (a superset of what findPlaceholders flags in one line:
 * its words, NA as a value, and a line of fillers or a heading); findPlaceholders has the last word.
 */
export function selectPlaceholderEpicTitles(
  db: Db,
  orgId: string,
): Promise<Array<{ elementId: string; epicTitle: string }>> {
  return selectRows(
    db,
    sql`SELECT l.element_id AS "elementId", b.title AS "epicTitle"
      FROM backlog_items b JOIN epic_roadmap_elements l ON l.epic_id = b.id
      WHERE b.org_id = ${orgId} AND b.kind = 'epic' AND ${notAbandoned('b')}
        AND (b.title ~* 'draft|t\\.?b\\.?[ad]|todo'
          OR b.title ~* '(^|[^[:alnum:]])n[./]?a\\.?([^[:alnum:]]|$)'
          OR b.title ~ '^[[:space:]]*[^[:alnum:][:space:]]')
      ORDER BY l.element_id, b.title, b.id`,
  );
}

export interface ProgressRow extends CheckSubject {
  type: 'initiative' | 'roadmap-element';
  /** Percent typed in a status update. */
  override: number;
  /** 0–1 as rolled up; null when nothing below counts. */
  computed: number | null;
}

/** Active initiatives, then elements still in the plan, that carry a hand-typed progress. */
export function selectProgressOverrides(db: Db, orgId: string): Promise<ProgressRow[]> {
  return selectRows<ProgressRow>(
    db,
    sql`SELECT type, id, ref, title, override, computed FROM (
        SELECT 'initiative' AS type, i.id, i.key AS ref, i.title, i.progress_override AS override,
          r.progress AS computed, 0 AS level, i.key_year AS k1, i.key_number AS k2
        FROM initiatives i LEFT JOIN rollups r ON r.node_id = i.id
        WHERE i.org_id = ${orgId} AND i.status = 'active' AND i.progress_override IS NOT NULL
        UNION ALL
        SELECT 'roadmap-element', e.id, ${githubRefOf('e')}, e.title, e.progress_override, r.progress, 1, 0, 0
        FROM roadmap_elements e LEFT JOIN rollups r ON r.node_id = e.id
        WHERE e.org_id = ${orgId} AND ${notAbandoned('e')} AND e.progress_override IS NOT NULL
      ) AS typed
      ORDER BY level, k1, k2, title, id`,
  );
}

export interface TeamAllocationRow extends CheckSubject {
  capacity: number;
  /** The initiative's internal person-months planned for the year. */
  internalPersonMonths: number;
  /** How many teams the initiative is allocated to. */
  teamsSharing: number;
}

/**
 * Every allocation of a team with a stated capacity to an active initiative in the two phases before
 * done (planning and implementation by default), with the initiative's internal person-months of `year`
 * from initiatives.resources ([{year, internalPersonMonths, externalPersonMonths}]).
 */
export function selectTeamAllocations(db: Db, orgId: string, year: number): Promise<TeamAllocationRow[]> {
  const ids = sql.raw('wf.ids');
  return selectRows<TeamAllocationRow>(
    db,
    sql`WITH wf AS MATERIALIZED (SELECT ${phaseIdsOf(orgId)} AS ids),
      demand AS (
        SELECT i.id,
          (SELECT coalesce(sum((line->>'internalPersonMonths')::double precision), 0)
             FROM jsonb_array_elements(i.resources) AS line WHERE (line->>'year')::int = ${year}) AS person_months,
          (SELECT count(*) FROM initiative_teams s WHERE s.initiative_id = i.id)::int AS sharing
        FROM initiatives i CROSS JOIN wf
        WHERE i.org_id = ${orgId} AND i.status = 'active'
          AND i.phase IN (${phaseFromEnd(ids, 2)}, ${phaseFromEnd(ids, 1)})
      )
      SELECT t.id, t.slug AS ref, t.name AS title, t.capacity_person_months_per_quarter AS capacity,
        d.person_months AS "internalPersonMonths", d.sharing AS "teamsSharing"
      FROM teams t JOIN initiative_teams a ON a.team_id = t.id JOIN demand d ON d.id = a.initiative_id
      WHERE t.org_id = ${orgId} AND t.capacity_person_months_per_quarter IS NOT NULL
      ORDER BY t.name, t.id`,
  );
}
