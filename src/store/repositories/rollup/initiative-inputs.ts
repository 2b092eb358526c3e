import { sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';
import { toLinkedRollup, type LinkedRollupRow } from './element-inputs';
import { inScope, type Scope } from './scope';

export interface InitiativeRow {
  id: string;
  status: string;
  healthOverride: string | null;
}

export interface InitiativeDependencyRow {
  initiativeId: string;
  status: string;
}

export async function selectInitiatives(db: Db, orgId: string, scope: Scope): Promise<InitiativeRow[]> {
  return selectRows<InitiativeRow>(
    db,
    sql`SELECT id, status, health_override AS "healthOverride"
        FROM initiatives WHERE org_id = ${orgId} AND ${inScope(sql`id`, scope)}`,
  );
}

/**
 * The stored roll-ups of the elements each initiative is served by, with their estimates. An element a
 * person marked Levert counts as delivered even before its epics say so.
 */
export async function selectElementRollupsOfInitiatives(
  db: Db,
  orgId: string,
  initiatives: Scope,
): Promise<LinkedRollupRow[]> {
  const rows = await selectRows<Parameters<typeof toLinkedRollup>[0]>(
    db,
    sql`SELECT l.initiative_id AS "parentId", l.element_id AS "childId", r.progress,
          r.done_units AS "doneUnits", r.total_units AS "totalUnits", r.weight, r.counted,
          (r.delivered OR e.status = 'delivered') AS delivered, r.rolled_start::text AS "rolledStart", r.rolled_end::text AS "rolledEnd",
          r.last_activity_at AS "lastActivityAt", e.estimate_person_weeks AS "estimatePersonWeeks"
        FROM roadmap_element_initiatives l
        JOIN roadmap_elements e ON e.id = l.element_id
        JOIN rollups r ON r.node_id = l.element_id
        WHERE l.org_id = ${orgId} AND ${inScope(sql`l.initiative_id`, initiatives)}`,
  );
  return rows.map(toLinkedRollup);
}

/** The status of every initiative each initiative depends on. */
export async function selectInitiativeDependencies(
  db: Db,
  orgId: string,
  initiatives: Scope,
): Promise<InitiativeDependencyRow[]> {
  return selectRows<InitiativeDependencyRow>(
    db,
    sql`SELECT d.initiative_id AS "initiativeId", dep.status
        FROM initiative_dependencies d JOIN initiatives dep ON dep.id = d.depends_on_id
        WHERE d.org_id = ${orgId} AND ${inScope(sql`d.initiative_id`, initiatives)}`,
  );
}

/** Keeps initiatives.health, the effective health lists sort by: the override, else the derived one. */
export async function refreshEffectiveHealth(db: Db, orgId: string, initiatives: Scope): Promise<void> {
  await db.execute(
    sql`UPDATE initiatives i SET health = coalesce(i.health_override, r.computed_health)
        FROM rollups r
        WHERE r.node_id = i.id AND i.org_id = ${orgId} AND ${inScope(sql`i.id`, initiatives)}
          AND i.health IS DISTINCT FROM coalesce(i.health_override, r.computed_health)`,
  );
}
