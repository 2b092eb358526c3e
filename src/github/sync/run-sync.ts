import type { GithubSettings } from '../../contracts/github-sync';
import { loadSyncDirectory } from '../../services/github-sync/sync-directory';
import type { ServiceContext } from '../../services/shared/context';
import type { GithubClient } from '../http/github-client';
import { applyBacklog } from './apply-backlog';
import { applyElements } from './apply-elements';
import { applyInitiatives } from './apply-initiatives';
import { CursorBook } from './cursor-book';
import { gatherChanges, type Gathered } from './gather-changes';
import { IssueFetcher } from './issue-fetcher';
import { relocateMoved } from './relocate-moved';
import { removeVanished } from './remove-vanished';
import { syncSourcesOf, type SyncSources } from './sync-sources';
import type { SyncReporter } from './sync-reporter';
import { writeBackToBoard } from './write-back';

export type SyncMode = 'import' | 'reconcile' | 'full-reconcile';

export interface SyncJob {
  /** The organisation, acting as the system (the route authorised the person who asked). */
  ctx: ServiceContext;
  client: GithubClient;
  settings: GithubSettings;
  reporter: SyncReporter;
}

/**
 * One run: read the sources (whole for an import or a full reconcile, else what changed since the
 * cursors), apply in the order the red thread needs (initiatives, epics and issues, then the roadmap
 * elements that point at both), then write back when the board opted in.
 */
export async function runSync(job: SyncJob, mode: SyncMode): Promise<void> {
  const { ctx, client, settings, reporter } = job;
  const book = await CursorBook.load(ctx);
  const fetcher = new IssueFetcher(client);
  const directory = await loadSyncDirectory(ctx);
  const sources = syncSourcesOf(settings, directory.teams);
  const full = mode !== 'reconcile';
  await applyGathered(
    job,
    await gatherChanges(ctx, client, settings, sources, book, { full, reporter }),
    fetcher,
    sources,
  );
  if (full) {
    // The import's first reconcile: it sets each listing's ETag, so the next one costs nothing.
    reporter.rereading(true);
    await applyGathered(
      job,
      await gatherChanges(ctx, client, settings, sources, book, { full: false, priming: true, reporter }),
      fetcher,
      sources,
    );
    reporter.rereading(false);
  }
  const roadmap = settings.roadmap;
  if (roadmap?.writeBack && roadmap.project) {
    await writeBackToBoard(ctx, client, { owner: roadmap.owner, number: roadmap.project }, book, reporter);
  }
  reporter.phase('done');
}

async function applyGathered(
  job: SyncJob,
  gathered: Gathered,
  fetcher: IssueFetcher,
  sources: SyncSources,
): Promise<void> {
  const { ctx, reporter } = job;
  await relocateMoved(ctx, [
    ...gathered.elements.map((e) => e.issue),
    ...gathered.backlog.map((e) => e.issue),
  ]);
  await applyInitiatives(ctx, gathered.initiatives, reporter);
  await applyBacklog(ctx, gathered.backlog, fetcher, reporter, sources.repos, gathered.aliases);
  // Initiatives created above are linked by the elements below.
  await applyElements(ctx, gathered.elements, await loadSyncDirectory(ctx), reporter, gathered.aliases);
  await removeVanished(ctx, gathered.seenInRepos, fetcher, reporter);
  for (const save of gathered.saves) await save();
}
