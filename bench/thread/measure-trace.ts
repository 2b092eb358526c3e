import type { Trace, TraceNode } from '../../src/contracts/thread';
import type { Database } from '../../src/store/database';
import type { LatencySummary } from '../stats';
import { getJson } from './http';
import { series } from './series';

export interface TraceFigures {
  summary: LatencySummary;
  /** Initiatives traced in turn, and the average size of one trace. */
  initiatives: number;
  elements: number;
  nodes: number;
}

/**
 * Initiatives with a typical number of roadmap elements (the middle of the distribution, about five),
 * so the trace is neither an empty one nor the largest in the portfolio.
 */
export async function typicalInitiatives(
  database: Database,
  orgId: string,
): Promise<{ key: string; elements: number }[]> {
  return database.query<{ key: string; elements: number }>(
    `WITH counted AS (
       SELECT i.key, count(l.element_id)::int AS elements
       FROM initiatives i JOIN roadmap_element_initiatives l ON l.initiative_id = i.id
       WHERE i.org_id = $1 GROUP BY i.id, i.key
     ), middle AS (
       SELECT percentile_disc(0.25) WITHIN GROUP (ORDER BY elements) AS lo,
              percentile_disc(0.75) WITHIN GROUP (ORDER BY elements) AS hi FROM counted
     )
     SELECT key, elements FROM counted, middle WHERE elements BETWEEN lo AND hi
     ORDER BY hashtext(key) LIMIT 50`,
    [orgId],
  );
}

const countNodes = (nodes: readonly TraceNode[]): number =>
  nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);

/** GET /trace?ref=<key>: the whole thread through one initiative, up to the goals and down to the issues. */
export async function measureTrace(
  base: string,
  database: Database,
  orgId: string,
  options: { requests: number; warmup: number },
): Promise<TraceFigures> {
  const picked = await typicalInitiatives(database, orgId);
  if (picked.length === 0) throw new Error('no initiative with roadmap elements to trace');
  const url = (key: string) => `${base}/trace?ref=${encodeURIComponent(key)}`;
  let nodes = 0;
  for (const p of picked) {
    const { body } = await getJson<Trace>(url(p.key));
    nodes += 1 + countNodes(body.up) + countNodes(body.down);
  }
  const summary = await series(options, async (i) => {
    await getJson<Trace>(url((picked[i % picked.length] as { key: string }).key));
  });
  return {
    summary,
    initiatives: picked.length,
    elements: picked.reduce((n, p) => n + p.elements, 0) / picked.length,
    nodes: nodes / picked.length,
  };
}
