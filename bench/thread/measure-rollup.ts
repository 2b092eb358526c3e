import type { PortfolioRollup } from '../../src/contracts/thread';
import type { Database } from '../../src/store/database';
import { summarise, timed, type LatencySummary } from '../stats';
import { getJson } from './http';

export interface RollupFigures {
  api: LatencySummary;
  sql: LatencySummary;
  rows: number;
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
  const { body } = await getJson<PortfolioRollup>(`${base}/rollup`);
  const expected = (await database.query(PORTFOLIO_ROLLUP_SQL, [orgId])).length;
  if (body.items.length !== expected) {
    throw new Error(
      `GET /rollup answered ${body.items.length} initiatives, the organisation has ${expected}`,
    );
  }
  // Interleaved, one of each in turn, so both series see the same machine: a ratio of two series
  // measured a minute apart would mostly measure what else the machine was doing.
  const apiMs: number[] = [];
  const sqlMs: number[] = [];
  for (let i = 0; i < options.warmup + options.requests; i++) {
    const api = await timed(() => getJson<PortfolioRollup>(`${base}/rollup`));
    const direct = await timed(() => database.query(PORTFOLIO_ROLLUP_SQL, [orgId]));
    if (i < options.warmup) continue;
    apiMs.push(api.ms);
    sqlMs.push(direct.ms);
  }
  const [api, sql] = [summarise(apiMs), summarise(sqlMs)];
  return { api, sql, rows: expected };
}
