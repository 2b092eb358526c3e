import { sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';
import { inScope, isoTimestamp, type Scope } from './scope';
import type { RollupRecord } from './write-rollups';

export interface ElementRow {
  id: string;
  state: string;
  stateReason: string | null;
  status: string;
  statusSetByRollup: boolean;
  startOn: string | null;
  endOn: string | null;
  estimatePersonWeeks: number | null;
  activityAt: string | null;
}

/** A child's stored roll-up (an epic's for an element, an element's for an initiative), by its parent. */
export type LinkedRollupRow = Omit<
  RollupRecord,
  'nodeId' | 'computedHealth' | 'healthReasons' | 'expectedProgress'
> & {
  parentId: string;
  childId: string;
  estimatePersonWeeks: number | null;
};

export interface ElementDependencyRow {
  elementId: string;
  dependsOnId: string;
  state: string;
  stateReason: string | null;
  status: string;
  delivered: boolean;
}

const rollupColumns = sql`r.progress, r.done_units AS "doneUnits", r.total_units AS "totalUnits", r.weight,
  r.counted, r.delivered, r.rolled_start::text AS "rolledStart", r.rolled_end::text AS "rolledEnd",
  r.last_activity_at AS "lastActivityAt"`;

type RawLinked = LinkedRollupRow & { lastActivityAt: Date | string | null };
export const toLinkedRollup = (r: RawLinked): LinkedRollupRow => ({
  ...r,
  lastActivityAt: isoTimestamp(r.lastActivityAt),
});

export async function selectElements(db: Db, orgId: string, scope: Scope): Promise<ElementRow[]> {
  const rows = await selectRows<ElementRow & { activityAt: Date | string | null }>(
    db,
    sql`SELECT id, state, state_reason AS "stateReason", status, status_set_by_rollup AS "statusSetByRollup",
          start_on::text AS "startOn", end_on::text AS "endOn", estimate_person_weeks AS "estimatePersonWeeks",
          coalesce(activity_at, updated_at) AS "activityAt"
        FROM roadmap_elements WHERE org_id = ${orgId} AND ${inScope(sql`id`, scope)}`,
  );
  return rows.map((r) => ({ ...r, activityAt: isoTimestamp(r.activityAt) }));
}

/** The stored roll-ups of the epics each element points to. */
export async function selectEpicRollupsOfElements(
  db: Db,
  orgId: string,
  elements: Scope,
): Promise<LinkedRollupRow[]> {
  const rows = await selectRows<RawLinked>(
    db,
    sql`SELECT l.element_id AS "parentId", l.epic_id AS "childId", ${rollupColumns},
          NULL::double precision AS "estimatePersonWeeks"
        FROM epic_roadmap_elements l JOIN rollups r ON r.node_id = l.epic_id
        WHERE l.org_id = ${orgId} AND ${inScope(sql`l.element_id`, elements)}`,
  );
  return rows.map(toLinkedRollup);
}

/** What each element depends on, with whether that is delivered (as last stored). */
export async function selectElementDependencies(
  db: Db,
  orgId: string,
  elements: Scope,
): Promise<ElementDependencyRow[]> {
  return selectRows<ElementDependencyRow>(
    db,
    sql`SELECT d.element_id AS "elementId", d.depends_on_id AS "dependsOnId", dep.state,
          dep.state_reason AS "stateReason", dep.status, coalesce(r.delivered, false) AS delivered
        FROM roadmap_element_dependencies d
        JOIN roadmap_elements dep ON dep.id = d.depends_on_id
        LEFT JOIN rollups r ON r.node_id = d.depends_on_id
        WHERE d.org_id = ${orgId} AND ${inScope(sql`d.element_id`, elements)}`,
  );
}

/** Elements whose health depends on the given ones, and the initiatives the given ones serve. */
export async function selectAboveElements(
  db: Db,
  orgId: string,
  elementIds: readonly string[],
): Promise<{ dependents: string[]; initiatives: string[] }> {
  if (elementIds.length === 0) return { dependents: [], initiatives: [] };
  const ids = sql.param([...elementIds]);
  const dependents = await selectRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT element_id AS id FROM roadmap_element_dependencies
        WHERE org_id = ${orgId} AND depends_on_id = ANY(${ids}::uuid[])`,
  );
  const initiatives = await selectRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT initiative_id AS id FROM roadmap_element_initiatives
        WHERE org_id = ${orgId} AND element_id = ANY(${ids}::uuid[])`,
  );
  return { dependents: dependents.map((r) => r.id), initiatives: initiatives.map((r) => r.id) };
}

/** Sets the status the delivery rule decided; bumps the version so a stale edit cannot undo it. */
export async function setElementStatuses(
  db: Db,
  orgId: string,
  changes: ReadonlyArray<{ id: string; status: string; setByRollup: boolean }>,
): Promise<void> {
  if (changes.length === 0) return;
  await db.execute(
    sql`UPDATE roadmap_elements e SET status = c.status, status_set_by_rollup = c.by_rollup,
          version = e.version + 1, updated_at = now()
        FROM unnest(${sql.param(changes.map((c) => c.id))}::uuid[],
                    ${sql.param(changes.map((c) => c.status))}::text[],
                    ${sql.param(changes.map((c) => c.setByRollup))}::boolean[]) AS c(id, status, by_rollup)
        WHERE e.org_id = ${orgId} AND e.id = c.id`,
  );
}
