import type { GithubSettings } from '../../contracts/github-sync';
import { saveBoardItems } from '../../services/github-sync/sync-state';
import type { ServiceContext } from '../../services/shared/context';
import type { GithubClient } from '../http/github-client';
import { GithubError } from '../http/github-error';
import type { ElementEntry } from './apply-elements';
import type { InitiativeEntry } from './apply-initiatives';
import type { BoardItem } from './board-item';
import { githubTime, type CursorBook } from './cursor-book';
import type { GithubIssue } from './github-issue';
import { listBoardItems } from './list-board-items';
import { issuesResource, listAllIssues, listChangedIssues } from './list-repo-issues';
import { ROADMAP_FIELDS } from './map-element';
import type { BacklogEntry } from './plan-backlog';
import type { SyncReporter } from './sync-reporter';
import type { BoardSource, RepoSource, SyncSources } from './sync-sources';

/** What a run read from GitHub, sorted by what it becomes, and what to save once it is applied. */
export interface Gathered {
  initiatives: InitiativeEntry[];
  elements: ElementEntry[];
  backlog: BacklogEntry[];
  /** Keys seen in each source read whole (for finding deleted issues), by "owner/repo". */
  seenInRepos: Map<string, Set<string>>;
  /** Repositories whose listing answered under another name: renamed or moved. */
  aliases: Map<string, string>;
  /** Cursors and board snapshots, saved after the changes are applied. */
  saves: (() => Promise<void>)[];
}

const repoName = (s: { owner: string; repo: string }) => `${s.owner}/${s.repo}`.toLowerCase();

/** Reads every source: whole (`full`) or only what changed since the cursors. */
export async function gatherChanges(
  ctx: ServiceContext,
  client: GithubClient,
  settings: GithubSettings,
  sources: SyncSources,
  book: CursorBook,
  options: { full: boolean; priming?: boolean; reporter: SyncReporter },
): Promise<Gathered> {
  const gathered: Gathered = {
    initiatives: [],
    elements: [],
    backlog: [],
    seenInRepos: new Map(),
    aliases: new Map(),
    saves: [],
  };
  /** Portfolio board: each issue's phase, and the issue, for phases that moved while the issue did not. */
  const phases = new Map<string, { phase: string | null; issue: GithubIssue }>();
  options.reporter.phase('reading');
  for (const board of sources.boards) {
    await unlessUnreadable(`${board.owner}/projects/${board.number}`, options.reporter, () =>
      readBoard(ctx, client, settings, board, book, options, gathered, phases),
    );
  }
  for (const repo of sources.repos) {
    await unlessUnreadable(`${repo.owner}/${repo.repo}`, options.reporter, async () => {
      const issues = await readRepo(client, repo, book, options, gathered);
      const answered = issues[0] ? repoName(issues[0]) : null;
      if (answered && answered !== repoName(repo)) gathered.aliases.set(repoName(repo), answered);
      for (const issue of issues) route(gathered, repo, issue);
    });
  }
  // A phase moved on the board with the issue untouched: the initiative changes all the same.
  const listed = new Set(gathered.initiatives.map((i) => i.issue.key));
  for (const entry of gathered.initiatives) entry.phaseName = phases.get(entry.issue.key)?.phase ?? null;
  for (const [key, { phase, issue }] of phases) {
    if (!listed.has(key)) gathered.initiatives.push({ issue, phaseName: phase });
  }
  return gathered;
}

/** GitHub's answers that say a source cannot be read with these credentials: not a reason to stop. */
const UNREADABLE = new Set(['not-found', 'gone', 'forbidden', 'unauthorised']);

/**
 * Reads one source; one that is missing, renamed away or closed to the credentials is reported as an
 * error of the run and the others go on. A GitHub that does not answer stops the run.
 */
async function unlessUnreadable(source: string, reporter: SyncReporter, read: () => Promise<void>) {
  try {
    await read();
  } catch (err) {
    if (!(err instanceof GithubError) || !UNREADABLE.has(err.code)) throw err;
    reporter.error(source, `cannot be read: ${err.message}`);
  }
}

async function readRepo(
  client: GithubClient,
  repo: RepoSource,
  book: CursorBook,
  options: { full: boolean; priming?: boolean; reporter: SyncReporter },
  gathered: Gathered,
): Promise<GithubIssue[]> {
  if (!options.full) {
    const changed = await listChangedIssues(client, repo, book, { firstPageOnly: options.priming ?? false });
    gathered.saves.push(changed.save);
    options.reporter.advance(changed.issues.length);
    return changed.issues;
  }
  const issues = await listAllIssues(client, repo, (n) => options.reporter.advance(n));
  gathered.seenInRepos.set(repoName(issues[0] ?? repo), new Set(issues.map((i) => i.key)));
  // The next reconcile asks from the newest change seen; its first answer sets the ETag.
  const newest = issues.reduce<string | null>((max, issue) => {
    const at = githubTime(issue.updatedAt);
    return !max || at > max ? at : max;
  }, null);
  gathered.saves.push(() => book.save(issuesResource(repo), { etag: null, since: newest, url: null }));
  return issues;
}

function route(gathered: Gathered, source: RepoSource | BoardSource, issue: GithubIssue) {
  if (source.role === 'portfolio') gathered.initiatives.push({ issue, phaseName: null });
  else if (source.role === 'roadmap') gathered.elements.push({ issue, values: null });
  else gathered.backlog.push({ issue, teamId: source.teamId, epicLabels: source.epicLabels });
}

async function readBoard(
  ctx: ServiceContext,
  client: GithubClient,
  settings: GithubSettings,
  board: BoardSource,
  book: CursorBook,
  options: { full: boolean; reporter: SyncReporter },
  gathered: Gathered,
  phases: Map<string, { phase: string | null; issue: GithubIssue }>,
): Promise<void> {
  const fieldNames =
    board.role === 'portfolio'
      ? [settings.portfolio?.phaseField ?? 'Fase']
      : board.role === 'roadmap'
        ? Object.values(ROADMAP_FIELDS)
        : [];
  const listing = await listBoardItems(client, board, fieldNames, book, {
    full: options.full,
    onPage: (n) => options.reporter.advance(n),
  });
  if (board.role === 'portfolio') {
    for (const item of listing.items) {
      phases.set(item.issue.key, { phase: phaseOf(item, fieldNames[0]!), issue: item.issue });
    }
  } else if (board.role === 'roadmap') {
    for (const item of listing.items) {
      gathered.elements.push({ issue: item.issue, values: item.values });
    }
    if (listing.complete) {
      const repos = new Map<string, Set<string>>();
      for (const item of listing.items) {
        const name = repoName(item.issue);
        repos.set(name, (repos.get(name) ?? new Set()).add(item.issue.key));
      }
      for (const [name, keys] of repos) gathered.seenInRepos.set(name, keys);
    }
  } else {
    for (const item of listing.items) route(gathered, board, item.issue);
  }
  gathered.saves.push(listing.save, () =>
    saveBoardItems(
      ctx,
      board,
      listing.items.map((i) => ({ itemId: i.itemId, contentNodeId: i.issue.nodeId, fieldValues: i.values })),
    ),
  );
}

function phaseOf(item: BoardItem, field: string): string | null {
  const value = Object.entries(item.values).find(([name]) => name.toLowerCase() === field.toLowerCase())?.[1];
  return value === null || value === undefined ? null : String(value);
}
