import type { SyncReport } from '../../src/contracts/github-sync';
import type { FakeGitHub } from '../../src/github/fake/fake-github';
import type { GithubSync } from '../../src/github/github-sync';
import type { RequestEvent } from '../../src/github/http/github-transport';
import type { ServiceContext } from '../../src/services/shared/context';
import type { Database } from '../../src/store/database';
import { timed } from '../stats';
import { PhaseLedger, type PhaseTally } from './phase-ledger';
import { pollPhases, type MemoryPeak } from './phase-poller';
import { StatementTimer, type StatementTally } from './statement-timer';

/** Where the client's per-request events go; the sync is made once, before the run it measures. */
export class RequestSink {
  #listener: ((event: RequestEvent) => void) | null = null;
  readonly onRequest = (event: RequestEvent): void => this.#listener?.(event);

  listen(listener: ((event: RequestEvent) => void) | null): void {
    this.#listener = listener;
  }
}

export interface RunFigures {
  status: string;
  report: SyncReport;
  totalMs: number;
  /** What the fake counted while the run went: every request, and those that spent budget. */
  fakeRequests: number;
  fakeCounted: number;
  /** The fake's requests by route (`GET /repos/{owner}/{repo}/issues`, `POST /graphql`). */
  byRoute: Record<string, number>;
  /** The client's per-request time summed: waiting for the fake (it runs in this process). */
  fakeMs: number;
  /** Answers by status, from the client's events. */
  statuses: Record<string, number>;
  statements: StatementTally;
  slowest: { head: string; tally: StatementTally }[];
  phases: PhaseTally[];
  memory: MemoryPeak;
}

/**
 * One run of the sync, timed from outside with what GithubSync exposes: the client's request events
 * (time spent waiting for GitHub), the database's statements (timed at the driver), the phases its
 * report shows while it runs, and the fake's own request counts.
 */
export async function measureRun(
  sync: GithubSync,
  sink: RequestSink,
  fake: FakeGitHub,
  ctx: ServiceContext,
  mode: 'import' | 'reconcile',
): Promise<RunFigures> {
  const database: Database = ctx.database;
  const ledger = new PhaseLedger();
  const timer = new StatementTimer((ms) => ledger.statement(ms));
  let fakeMs = 0;
  const statuses: Record<string, number> = {};
  sink.listen((event) => {
    fakeMs += event.ms;
    statuses[event.status] = (statuses[event.status] ?? 0) + 1;
    ledger.request(event.ms);
  });
  const before = { ...fake.stats, byRoute: { ...fake.stats.byRoute } };
  const poller = pollPhases(database, ctx.orgId, ledger);
  let memory: MemoryPeak | null = null;
  try {
    const run = await timer.around(database.kind, () => timed(() => sync.run(ctx, mode)));
    memory = await poller.stop();
    return {
      status: run.value.status,
      report: run.value.report,
      totalMs: run.ms,
      fakeRequests: fake.stats.requests - before.requests,
      fakeCounted: fake.stats.counted - before.counted,
      byRoute: Object.fromEntries(
        Object.entries(fake.stats.byRoute)
          .map(([route, n]) => [route, n - (before.byRoute[route] ?? 0)] as const)
          .filter(([, n]) => n > 0),
      ),
      fakeMs,
      statuses,
      statements: { ...timer.total },
      slowest: timer.slowest(8),
      phases: ledger.finish(),
      memory,
    };
  } finally {
    if (!memory) await poller.stop();
    sink.listen(null);
  }
}
