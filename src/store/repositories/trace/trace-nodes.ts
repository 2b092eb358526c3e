import { sql, type SQL } from 'drizzle-orm';
import type { TraceNodeType } from '../../../contracts/thread';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';

/** A node of the thread as stored, without its neighbours. */
export interface TraceNodeRow {
  id: string;
  ref: string | null;
  title: string;
  status: string | null;
  progress: number | null;
  delivered: boolean;
  health: string | null;
}

const githubRef = (t: string) =>
  sql.raw(`CASE WHEN ${t}.github_number IS NULL THEN NULL
    ELSE ${t}.github_owner || '/' || ${t}.github_repo || '#' || ${t}.github_number END`);

/** Done issues count 1, open ones 0; issues closed as not planned are not measured. */
const ISSUE_PROGRESS = sql`CASE WHEN b.state = 'closed' AND b.state_reason IN ('not-planned', 'duplicate') THEN NULL
  WHEN b.state = 'closed' THEN 1.0 ELSE 0.0 END`;

type NodeQuery = (orgId: string, ids: SQL) => SQL;

const QUERIES: Record<TraceNodeType, NodeQuery> = {
  'strategic-source': (orgId, ids) => sql`SELECT s.id, NULL AS ref, s.title, s.kind AS status,
      NULL::float8 AS progress, false AS delivered, NULL AS health
      FROM strategic_sources s WHERE s.org_id = ${orgId} AND s.id = ANY(${ids})`,
  'strategic-item': (orgId, ids) => sql`SELECT s.id, s.ref, s.title, s.kind AS status,
      NULL::float8 AS progress, false AS delivered, NULL AS health
      FROM strategic_items s WHERE s.org_id = ${orgId} AND s.id = ANY(${ids})`,
  initiative: (orgId, ids) => sql`SELECT i.id, i.key AS ref, i.title, i.phase AS status,
      CASE WHEN i.progress_override IS NOT NULL THEN i.progress_override / 100 ELSE r.progress END AS progress,
      coalesce(r.delivered, false) AS delivered, i.health
      FROM initiatives i LEFT JOIN rollups r ON r.node_id = i.id
      WHERE i.org_id = ${orgId} AND i.id = ANY(${ids})`,
  'roadmap-element': (orgId, ids) => sql`SELECT e.id, ${githubRef('e')} AS ref, e.title, e.status,
      CASE WHEN e.progress_override IS NOT NULL THEN e.progress_override / 100 ELSE r.progress END AS progress,
      (coalesce(r.delivered, false) OR e.status = 'delivered') AS delivered,
      coalesce(e.health_override, r.computed_health) AS health
      FROM roadmap_elements e LEFT JOIN rollups r ON r.node_id = e.id
      WHERE e.org_id = ${orgId} AND e.id = ANY(${ids})`,
  epic: (orgId, ids) => sql`SELECT b.id, ${githubRef('b')} AS ref, b.title, b.state AS status, r.progress,
      coalesce(r.delivered, false) AS delivered, NULL AS health
      FROM backlog_items b LEFT JOIN rollups r ON r.node_id = b.id
      WHERE b.org_id = ${orgId} AND b.id = ANY(${ids})`,
  issue: (orgId, ids) => sql`SELECT b.id, ${githubRef('b')} AS ref, b.title,
      CASE WHEN b.state_reason IS NULL THEN b.state ELSE b.state || ':' || b.state_reason END AS status,
      ${ISSUE_PROGRESS} AS progress,
      (b.state = 'closed' AND coalesce(b.state_reason, 'completed') = 'completed') AS delivered, NULL AS health
      FROM backlog_items b WHERE b.org_id = ${orgId} AND b.id = ANY(${ids})`,
};

/** The nodes of one type, by id. */
export async function selectTraceNodes(
  db: Db,
  orgId: string,
  type: TraceNodeType,
  ids: readonly string[],
): Promise<TraceNodeRow[]> {
  if (ids.length === 0) return [];
  const rows = await selectRows<TraceNodeRow>(db, QUERIES[type](orgId, sql`${sql.param([...ids])}::uuid[]`));
  return rows.map((r) => ({ ...r, progress: r.progress === null ? null : Number(r.progress) }));
}
