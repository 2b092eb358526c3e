import type { CheckReport } from '../../src/contracts/checks';
import type { LatencySummary } from '../stats';
import { getJson } from './http';
import { series } from './series';

export interface ChecksFigures {
  summary: LatencySummary;
  /** Offending items per check id, from the last report: shows the generated gaps were found. */
  found: Record<string, number>;
}

/** GET /checks: every portfolio check over the whole organisation. */
export async function measureChecks(base: string, runs: number): Promise<ChecksFigures> {
  let report: CheckReport | undefined;
  const summary = await series({ requests: runs, warmup: 1 }, async () => {
    report = (await getJson<CheckReport>(`${base}/checks`)).body;
  });
  return { summary, found: countFindings(report) };
}

function countFindings(report: CheckReport | undefined): Record<string, number> {
  return Object.fromEntries((report?.results ?? []).map((r) => [r.id, r.items.length]));
}
