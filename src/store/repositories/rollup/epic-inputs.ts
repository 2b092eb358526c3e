import { sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';
import { inScope, isoTimestamp, type Scope } from './scope';

export interface EpicRow {
  id: string;
  state: string;
  stateReason: string | null;
  estimate: number | null;
  startOn: string | null;
  dueOn: string | null;
  activityAt: string | null;
}

/** Child issues of an epic counted by state and reason; the domain decides which count as done. */
export interface ChildGroupRow {
  parentId: string;
  state: string;
  stateReason: string | null;
  count: number;
  earliestStart: string | null;
  latestEnd: string | null;
  lastActivityAt: string | null;
}

export async function selectEpics(db: Db, orgId: string, scope: Scope): Promise<EpicRow[]> {
  const rows = await selectRows<EpicRow & { activityAt: Date | string | null }>(
    db,
    sql`SELECT id, state, state_reason AS "stateReason", estimate, start_on::text AS "startOn",
          due_on::text AS "dueOn", coalesce(activity_at, updated_at) AS "activityAt"
        FROM backlog_items
        WHERE org_id = ${orgId} AND kind = 'epic' AND ${inScope(sql`id`, scope)}`,
  );
  return rows.map((r) => ({ ...r, activityAt: isoTimestamp(r.activityAt) }));
}

export async function selectChildGroups(db: Db, orgId: string, epics: Scope): Promise<ChildGroupRow[]> {
  const rows = await selectRows<ChildGroupRow & { lastActivityAt: Date | string | null }>(
    db,
    sql`SELECT parent_id AS "parentId", state, state_reason AS "stateReason", count(*)::int AS count,
          min(start_on)::text AS "earliestStart", max(due_on)::text AS "latestEnd",
          max(coalesce(activity_at, updated_at)) AS "lastActivityAt"
        FROM backlog_items
        WHERE org_id = ${orgId} AND parent_id IS NOT NULL AND ${inScope(sql`parent_id`, epics)}
        GROUP BY parent_id, state, state_reason`,
  );
  return rows.map((r) => ({ ...r, lastActivityAt: isoTimestamp(r.lastActivityAt) }));
}

/** The roadmap elements the given epics serve, so the roll-up can continue upwards. */
export async function selectElementsOfEpics(
  db: Db,
  orgId: string,
  epicIds: readonly string[],
): Promise<string[]> {
  if (epicIds.length === 0) return [];
  const rows = await selectRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT element_id AS id FROM epic_roadmap_elements
        WHERE org_id = ${orgId} AND epic_id = ANY(${sql.param([...epicIds])}::uuid[])`,
  );
  return rows.map((r) => r.id);
}
