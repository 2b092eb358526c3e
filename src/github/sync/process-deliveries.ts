import { findMirroredByNodeIds, removeMirrors } from '../../services/github-sync/github-refs';
import { loadSyncDirectory } from '../../services/github-sync/sync-directory';
import { getBoardItems } from '../../services/github-sync/sync-state';
import type { ServiceContext } from '../../services/shared/context';
import type { GithubSettings } from '../../contracts/github-sync';
import type { GithubClient } from '../http/github-client';
import { applyBacklog } from './apply-backlog';
import { applyElements, type ElementEntry } from './apply-elements';
import { applyInitiatives, type InitiativeEntry } from './apply-initiatives';
import type { FieldValue } from './board-item';
import type { DeliveryTargets } from './delivery-targets';
import type { GithubIssue } from './github-issue';
import { IssueFetcher } from './issue-fetcher';
import type { BacklogEntry } from './plan-backlog';
import { relocateMoved } from './relocate-moved';
import { runSync } from './run-sync';
import { syncSourcesOf, type RepoSource } from './sync-sources';
import type { SyncReporter } from './sync-reporter';
import { writeBackToBoard } from './write-back';
import { CursorBook } from './cursor-book';

/**
 * Applies a batch of deliveries to one organisation: the issues they name are fetched as they are
 * now (GraphQL, 100 a request) and placed by where they live; a board's change reads the boards again
 * (only its changed pages cost anything). A node GitHub no longer has is a deleted issue.
 */
export async function applyDeliveries(
  job: { ctx: ServiceContext; client: GithubClient; settings: GithubSettings; reporter: SyncReporter },
  targets: DeliveryTargets,
): Promise<void> {
  const { ctx, client, settings, reporter } = job;
  const directory = await loadSyncDirectory(ctx);
  const sources = syncSourcesOf(settings, directory.teams);
  const fetcher = new IssueFetcher(client);
  const unique = [...new Map(targets.nodes.map((n) => [n.nodeId, n])).values()];
  reporter.phase('webhooks', unique.length);
  const fetched = await fetcher.byNodeIds(unique, (n) => n);
  const gone = fetched.filter((f) => f.issue === null).map((f) => f.ref.nodeId);
  if (gone.length) {
    const stored = await findMirroredByNodeIds(ctx, gone);
    await removeMirrors(ctx, stored);
    reporter.count('deleted', stored.length);
  }
  const issues = fetched.flatMap((f) => (f.issue ? [f.issue] : []));
  await relocateMoved(ctx, issues);
  const placed = await place(ctx, issues, sources.repos, settings);
  await applyInitiatives(ctx, placed.initiatives, reporter);
  await applyBacklog(ctx, placed.backlog, fetcher, reporter, sources.repos, new Map());
  await applyElements(ctx, placed.elements, await loadSyncDirectory(ctx), reporter, new Map());
  if (targets.boardOwners.some((o) => sources.boards.some((b) => b.owner.toLowerCase() === o))) {
    await runSync(job, 'reconcile');
  } else if (settings.roadmap?.writeBack && settings.roadmap.project) {
    const book = await CursorBook.load(ctx);
    await writeBackToBoard(
      ctx,
      client,
      { owner: settings.roadmap.owner, number: settings.roadmap.project },
      book,
      reporter,
    );
  }
}

/** Which part of the thread each fetched issue is, from the repository it lives in. */
async function place(
  ctx: ServiceContext,
  issues: GithubIssue[],
  repos: RepoSource[],
  settings: GithubSettings,
) {
  const repoOf = new Map(repos.map((r) => [`${r.owner}/${r.repo}`.toLowerCase(), r]));
  const roadmapRepo = settings.roadmap
    ? `${settings.roadmap.owner}/${settings.roadmap.repo}`.toLowerCase()
    : null;
  const stored = new Map(
    (
      await findMirroredByNodeIds(
        ctx,
        issues.map((i) => i.nodeId),
      )
    ).map((r) => [r.nodeId, r]),
  );
  const values = settings.roadmap?.project
    ? new Map(
        (await getBoardItems(ctx, { owner: settings.roadmap.owner, number: settings.roadmap.project })).map(
          (b) => [b.contentNodeId, b.fieldValues as Record<string, FieldValue>],
        ),
      )
    : new Map<string | null, Record<string, FieldValue>>();
  const placed = {
    initiatives: [] as InitiativeEntry[],
    elements: [] as ElementEntry[],
    backlog: [] as BacklogEntry[],
  };
  for (const issue of issues) {
    const name = `${issue.owner}/${issue.repo}`.toLowerCase();
    const source = repoOf.get(name);
    if (source?.role === 'portfolio') placed.initiatives.push({ issue, phaseName: null });
    else if (name === roadmapRepo || stored.get(issue.nodeId)?.type === 'element')
      placed.elements.push({ issue, values: values.get(issue.nodeId) ?? null });
    else if (source || stored.has(issue.nodeId))
      placed.backlog.push({
        issue,
        teamId: source ? source.teamId : undefined,
        epicLabels: source?.epicLabels ?? settings.epicLabels,
      });
  }
  return placed;
}
