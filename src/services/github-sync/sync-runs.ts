import type { SyncReport, SyncRun, SyncTrigger } from '../../contracts/github-sync';
import {
  insertGithubRun,
  selectGithubRun,
  selectGithubRuns,
  selectRunningGithubRun,
  updateGithubRun,
  type GithubRunRow,
} from '../../store/repositories/github-sync/github-runs-repository';
import { AppError } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';

/** A run that has not reported for this long is taken to have died with its server. */
const STALE_AFTER_MS = 10 * 60_000;

export const emptyReport = (): SyncReport => ({
  phase: 'starting',
  progress: { done: 0, total: null },
  counts: { created: 0, updated: 0, unchanged: 0, deleted: 0, skipped: 0 },
  skipped: [],
  requests: { total: 0, counted: 0, notModified: 0 },
  writes: 0,
  retries: [],
  errors: [],
  rate: {},
});

const toRun = (row: GithubRunRow): SyncRun => ({
  id: row.id,
  trigger: row.trigger as SyncTrigger,
  status: row.status as SyncRun['status'],
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  startedBy: row.startedBy,
  report: row.report as SyncReport,
});

/**
 * Records the start of a run. One run at a time per organisation: two would race over the same
 * cursors. A run left 'running' by a server that died is marked failed and no longer blocks.
 */
export function startSyncRun(
  ctx: ServiceContext,
  trigger: SyncTrigger,
  options: { exclusive: boolean } = { exclusive: true },
): Promise<SyncRun> {
  return inTransaction(ctx, async (tx) => {
    // Webhook batches wait their turn in the process instead: they are small and must not be refused.
    const running = options.exclusive ? await selectRunningGithubRun(tx, ctx.orgId) : undefined;
    if (running) {
      const stale = Date.now() - running.heartbeatAt.getTime() > STALE_AFTER_MS;
      if (!stale)
        throw new AppError(
          'conflict',
          `a GitHub sync is already running (started ${running.startedAt.toISOString()})`,
        );
      await updateGithubRun(tx, ctx.orgId, running.id, { status: 'failed', finishedAt: new Date() });
    }
    const row = {
      id: crypto.randomUUID(),
      orgId: ctx.orgId,
      trigger,
      status: 'running',
      startedBy: ctx.actor,
      report: emptyReport(),
      startedAt: new Date(),
      heartbeatAt: new Date(),
      finishedAt: null,
    };
    await insertGithubRun(tx, row);
    return toRun(row);
  });
}

export async function reportSyncRun(ctx: ServiceContext, id: string, report: SyncReport): Promise<void> {
  await updateGithubRun(ctx.database.db, ctx.orgId, id, { report });
}

export async function finishSyncRun(
  ctx: ServiceContext,
  id: string,
  status: 'succeeded' | 'failed',
  report: SyncReport,
): Promise<void> {
  await updateGithubRun(ctx.database.db, ctx.orgId, id, { status, report, finishedAt: new Date() });
}

export async function getSyncRun(ctx: ServiceContext, id: string): Promise<SyncRun> {
  const row = await selectGithubRun(ctx.database.db, ctx.orgId, id);
  if (!row) throw new AppError('not-found', `no sync run ${id}`);
  return toRun(row);
}

export async function listSyncRuns(ctx: ServiceContext, limit = 10): Promise<SyncRun[]> {
  return (await selectGithubRuns(ctx.database.db, ctx.orgId, limit)).map(toRun);
}
