import { benchFetch } from '../bench-auth';
import type { PortfolioRollup } from '../../src/contracts/thread';
import type { Database } from '../../src/store/database';
import { summarise, timed, type LatencySummary } from '../stats';

export interface RollupFigures {
  /** As a client sees it: request, query, transfer and parsing of the whole answer. */
  api: LatencySummary;
  /** Inside the server, from its Server-Timing header: the org, the query and the encoding. */
  server: LatencySummary;
  sql: LatencySummary;
  rows: number;
}

/** One GET /rollup, fully read, with the time the server reports for itself. */
async function getRollup(url: string): Promise<{ items: number; serverMs: number }> {
  const res = await benchFetch(url);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  const body = (await res.json()) as PortfolioRollup;
  const timing = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
  if (!timing?.[1]) throw new Error(`GET ${url} sent no Server-Timing`);
  return { items: body.items.length, serverMs: Number(timing[1]) };
}

/**
 * The stored numbers of every initiative, read straight from the tables: what GET /rollup answers
 * (PortfolioRollupRow's fields), with no recomputation and no HTTP. The join names the node type, so
 * the planner reads the initiatives' roll-ups by rollups_org_type_idx instead of hashing every epic's
 * and element's too (about 20 % faster at scale 1).
 */
export const PORTFOLIO_ROLLUP_SQL = `SELECT i.id, i.key, i.title, i.phase, i.status,
    coalesce(i.progress_override / 100, r.progress) AS progress, i.health,
    coalesce(r.delivered, false) AS ready
  FROM initiatives i
  LEFT JOIN rollups r ON r.node_id = i.id AND r.org_id = i.org_id AND r.node_type = 'initiative'
  WHERE i.org_id = $1
  ORDER BY i.key_year, i.key_number`;

/** GET /rollup and the single SQL query behind the same numbers, timed the same way. */
export async function measurePortfolioRollup(
  base: string,
  database: Database,
  orgId: string,
  options: { requests: number; warmup: number },
): Promise<RollupFigures> {
  const first = await getRollup(`${base}/rollup`);
  const expected = (await database.query(PORTFOLIO_ROLLUP_SQL, [orgId])).length;
  if (first.items !== expected) {
    throw new Error(`GET /rollup answered ${first.items} initiatives, the organisation has ${expected}`);
  }
  // Interleaved, one of each in turn, so both series see the same machine: a ratio of two series
  // measured a minute apart would mostly measure what else the machine was doing.
  const apiMs: number[] = [];
  const serverMs: number[] = [];
  const sqlMs: number[] = [];
  for (let i = 0; i < options.warmup + options.requests; i++) {
    const api = await timed(() => getRollup(`${base}/rollup`));
    const direct = await timed(() => database.query(PORTFOLIO_ROLLUP_SQL, [orgId]));
    if (i < options.warmup) continue;
    apiMs.push(api.ms);
    serverMs.push(api.value.serverMs);
    sqlMs.push(direct.ms);
  }
  return { api: summarise(apiMs), server: summarise(serverMs), sql: summarise(sqlMs), rows: expected };
}
