import type { Database } from '../../src/store/database';
import type { PhaseLedger } from './phase-ledger';
import { BENCH_STATEMENT } from './statement-timer';

export interface MemoryPeak {
  /** The highest resident set size and JavaScript heap in use seen, in MB. */
  rssMb: number;
  heapMb: number;
}

export interface PhasePoller {
  stop(): Promise<MemoryPeak>;
}

/**
 * Follows a running sync from outside, as the web app does: reads the phase of the organisation's
 * running sync every `everyMs` and tells the ledger. The run writes its report at most once a second,
 * and only when something changes, so a phase is booked from when its report lands, not from its
 * exact start. Samples the process's memory on the way.
 */
export function pollPhases(
  database: Database,
  orgId: string,
  ledger: PhaseLedger,
  everyMs = 250,
): PhasePoller {
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  };
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const [row] = await database.query<{ phase: string | null }>(
        `${BENCH_STATEMENT} SELECT report->>'phase' AS phase FROM github_sync_runs
         WHERE org_id = $1 AND status = 'running' ORDER BY started_at DESC LIMIT 1`,
        [orgId],
      );
      if (row?.phase) ledger.enter(row.phase);
      sample();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      sample();
      return { rssMb: peak.rss / 1e6, heapMb: peak.heap / 1e6 };
    },
  };
}
