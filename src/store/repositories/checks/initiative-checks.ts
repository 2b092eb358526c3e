import { sql } from 'drizzle-orm';
import type { CheckItem } from '../../../contracts/checks';
import type { InitiativeStatus } from '../../../contracts/initiatives';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';
import type { CheckSubject } from './check-inputs';
import { phaseFromEnd, phaseIdsOf } from './check-sql';

const ids = sql.raw('wf.ids');
/** The workflow's phase ids as `wf.ids`, for the initiative checks that name phases by position. */
const withPhases = (orgId: string) => sql`WITH wf AS MATERIALIZED (SELECT ${phaseIdsOf(orgId)} AS ids)`;

/**
 * Active initiatives in the implementation phase (the one before done) that no roadmap element serves.
 * Reads initiatives_phase_idx and roadmap_element_initiatives_initiative_idx.
 */
export function selectImplementationWithoutRoadmap(db: Db, orgId: string): Promise<CheckItem[]> {
  return selectRows<CheckItem>(
    db,
    sql`${withPhases(orgId)}
      SELECT 'initiative' AS type, i.id, i.key AS ref, i.title, NULL::text AS detail
      FROM initiatives i CROSS JOIN wf
      WHERE i.org_id = ${orgId} AND i.status = 'active' AND i.phase = ${phaseFromEnd(ids, 1)}
        AND NOT EXISTS (SELECT 1 FROM roadmap_element_initiatives l WHERE l.initiative_id = i.id)
      ORDER BY i.key_year, i.key_number, i.id`,
  );
}

/** Active initiatives not yet done that point to no strategic item. */
export function selectInitiativesWithoutOrigin(db: Db, orgId: string): Promise<CheckItem[]> {
  return selectRows<CheckItem>(
    db,
    sql`${withPhases(orgId)}
      SELECT 'initiative' AS type, i.id, i.key AS ref, i.title, NULL::text AS detail
      FROM initiatives i CROSS JOIN wf
      WHERE i.org_id = ${orgId} AND i.status = 'active' AND i.phase <> ${phaseFromEnd(ids, 0)}
        AND NOT EXISTS (SELECT 1 FROM initiative_strategic_items l WHERE l.initiative_id = i.id)
      ORDER BY i.key_year, i.key_number, i.id`,
  );
}

export interface DependencyOnInactiveRow extends CheckSubject {
  /** Every stopped or parked dependency, in key order. */
  dependencies: Array<{ key: string; status: Exclude<InitiativeStatus, 'active'> }>;
}

/**
 * Active initiatives not yet done that depend on a stopped or parked one: one row per initiative,
 * with every such dependency and its status for the finding's detail.
 */
export function selectDependenciesOnInactive(db: Db, orgId: string): Promise<DependencyOnInactiveRow[]> {
  return selectRows<DependencyOnInactiveRow>(
    db,
    sql`${withPhases(orgId)}
      SELECT i.id, i.key AS ref, i.title,
        jsonb_agg(jsonb_build_object('key', dep.key, 'status', dep.status)
          ORDER BY dep.key_year, dep.key_number) AS dependencies
      FROM initiatives i CROSS JOIN wf
      JOIN initiative_dependencies d ON d.initiative_id = i.id
      JOIN initiatives dep ON dep.id = d.depends_on_id
      WHERE i.org_id = ${orgId} AND i.status = 'active' AND i.phase <> ${phaseFromEnd(ids, 0)}
        AND dep.status IN ('stopped', 'parked')
      GROUP BY i.id, i.key, i.title, i.key_year, i.key_number
      ORDER BY i.key_year, i.key_number, i.id`,
  );
}
