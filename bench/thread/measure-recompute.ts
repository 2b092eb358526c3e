import type { RecomputeResult } from '../../src/contracts/thread';
import { recomputeEverything } from '../../src/services/rollup/recompute-thread';
import type { Database } from '../../src/store/database';
import { summarise, timed, type LatencySummary } from '../stats';
import { HttpError, sendJson } from './http';

export interface RecomputeFigures {
  summary: LatencySummary;
  /** The first run, into an empty `rollups` table: the one the target is about. */
  firstMs: number;
  result: RecomputeResult;
  /** 'api' unless the route is not there yet and the service was called directly. */
  via: 'api' | 'service';
}

/**
 * A full recompute from scratch, `runs` times in a row: POST /rollup/recompute. Until the route exists
 * the service is called directly, in process, so the generator and the roll-up can be measured early.
 */
export async function measureRecompute(
  base: string,
  database: Database,
  orgId: string,
  runs: number,
): Promise<RecomputeFigures> {
  let via: 'api' | 'service' = 'api';
  const once = async (): Promise<RecomputeResult> => {
    if (via === 'api') {
      try {
        return (await sendJson<RecomputeResult>('POST', `${base}/rollup/recompute`, undefined)).body;
      } catch (err) {
        if (!(err instanceof HttpError && err.status === 404 && /does not exist/.test(err.message)))
          throw err;
        via = 'service';
      }
    }
    return recomputeEverything({ database, orgId, actor: 'bench' });
  };
  const samples: number[] = [];
  let result: RecomputeResult | undefined;
  for (let i = 0; i < runs; i++) {
    const run = await timed(once);
    samples.push(run.ms);
    result = run.value;
  }
  if (!result) throw new Error('no recompute ran');
  return { summary: summarise(samples), firstMs: samples[0] as number, result, via };
}
