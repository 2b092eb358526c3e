import { sql, type SQL } from 'drizzle-orm';
import type { TraceNodeType } from '../../../contracts/thread';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';

/** One step along the thread: from a node to a neighbour of the given type. */
export interface TraceEdge {
  fromId: string;
  toType: TraceNodeType;
  toId: string;
}

export type TraceDirection = 'up' | 'down';
type EdgeQuery = (orgId: string, ids: SQL) => SQL;

/**
 * The neighbours of each node type, towards the strategy (up) and towards the issues (down). Every query
 * answers `from_id, to_type, to_id` for a batch of nodes of one type.
 */
const EDGES: Record<TraceDirection, Record<TraceNodeType, EdgeQuery | null>> = {
  up: {
    'strategic-source': null,
    'strategic-item': (orgId, ids) => sql`SELECT id AS "fromId",
        CASE WHEN parent_id IS NULL THEN 'strategic-source' ELSE 'strategic-item' END AS "toType",
        coalesce(parent_id, source_id) AS "toId"
        FROM strategic_items WHERE org_id = ${orgId} AND id = ANY(${ids})`,
    initiative: (
      orgId,
      ids,
    ) => sql`SELECT initiative_id AS "fromId", 'strategic-item' AS "toType", item_id AS "toId"
        FROM initiative_strategic_items WHERE org_id = ${orgId} AND initiative_id = ANY(${ids})`,
    'roadmap-element': (orgId, ids) => sql`SELECT element_id AS "fromId", 'initiative' AS "toType",
        initiative_id AS "toId"
        FROM roadmap_element_initiatives WHERE org_id = ${orgId} AND element_id = ANY(${ids})`,
    epic: (orgId, ids) => sql`SELECT epic_id AS "fromId", 'roadmap-element' AS "toType", element_id AS "toId"
        FROM epic_roadmap_elements WHERE org_id = ${orgId} AND epic_id = ANY(${ids})`,
    issue: (orgId, ids) => sql`SELECT id AS "fromId", 'epic' AS "toType", parent_id AS "toId"
        FROM backlog_items WHERE org_id = ${orgId} AND id = ANY(${ids}) AND parent_id IS NOT NULL`,
  },
  down: {
    'strategic-source': (
      orgId,
      ids,
    ) => sql`SELECT source_id AS "fromId", 'strategic-item' AS "toType", id AS "toId"
        FROM strategic_items WHERE org_id = ${orgId} AND source_id = ANY(${ids}) AND parent_id IS NULL`,
    'strategic-item': (
      orgId,
      ids,
    ) => sql`SELECT parent_id AS "fromId", 'strategic-item' AS "toType", id AS "toId"
        FROM strategic_items WHERE org_id = ${orgId} AND parent_id = ANY(${ids})
        UNION ALL
        SELECT item_id, 'initiative', initiative_id
        FROM initiative_strategic_items WHERE org_id = ${orgId} AND item_id = ANY(${ids})`,
    initiative: (orgId, ids) => sql`SELECT initiative_id AS "fromId", 'roadmap-element' AS "toType",
        element_id AS "toId"
        FROM roadmap_element_initiatives WHERE org_id = ${orgId} AND initiative_id = ANY(${ids})`,
    'roadmap-element': (
      orgId,
      ids,
    ) => sql`SELECT element_id AS "fromId", 'epic' AS "toType", epic_id AS "toId"
        FROM epic_roadmap_elements WHERE org_id = ${orgId} AND element_id = ANY(${ids})`,
    epic: (orgId, ids) => sql`SELECT parent_id AS "fromId", 'issue' AS "toType", id AS "toId"
        FROM backlog_items WHERE org_id = ${orgId} AND parent_id = ANY(${ids})`,
    issue: null,
  },
};

/** The neighbours of a batch of nodes of one type, in one query. */
export async function selectTraceEdges(
  db: Db,
  orgId: string,
  direction: TraceDirection,
  type: TraceNodeType,
  ids: readonly string[],
): Promise<TraceEdge[]> {
  const query = EDGES[direction][type];
  if (!query || ids.length === 0) return [];
  return selectRows<TraceEdge>(db, query(orgId, sql`${sql.param([...ids])}::uuid[]`));
}

/** Finds what a reference names: an initiative key, an owner/repo#N of an element or item, or any id. */
export async function selectNodeByRef(
  db: Db,
  orgId: string,
  ref: { key?: string; github?: { owner: string; repo: string; number: number }; id?: string },
): Promise<{ type: TraceNodeType; id: string } | null> {
  const rows = await selectRows<{ type: TraceNodeType; id: string }>(
    db,
    ref.key
      ? sql`SELECT 'initiative' AS type, id FROM initiatives WHERE org_id = ${orgId} AND key = ${ref.key}`
      : ref.github
        ? sql`SELECT 'roadmap-element' AS type, id FROM roadmap_elements
              WHERE org_id = ${orgId} AND github_owner = ${ref.github.owner} AND github_repo = ${ref.github.repo}
                AND github_number = ${ref.github.number}
              UNION ALL
              SELECT kind, id FROM backlog_items
              WHERE org_id = ${orgId} AND github_owner = ${ref.github.owner} AND github_repo = ${ref.github.repo}
                AND github_number = ${ref.github.number}`
        : sql`SELECT 'initiative' AS type, id FROM initiatives WHERE org_id = ${orgId} AND id = ${ref.id}::uuid
              UNION ALL SELECT 'roadmap-element', id FROM roadmap_elements WHERE org_id = ${orgId} AND id = ${ref.id}::uuid
              UNION ALL SELECT kind, id FROM backlog_items WHERE org_id = ${orgId} AND id = ${ref.id}::uuid
              UNION ALL SELECT 'strategic-item', id FROM strategic_items WHERE org_id = ${orgId} AND id = ${ref.id}::uuid
              UNION ALL SELECT 'strategic-source', id FROM strategic_sources WHERE org_id = ${orgId} AND id = ${ref.id}::uuid`,
  );
  return rows[0] ?? null;
}
