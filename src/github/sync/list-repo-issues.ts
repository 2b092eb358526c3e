import type { GithubClient } from '../http/github-client';
import { githubTime, type Cursor, type CursorBook } from './cursor-book';
import { toGithubIssue, type GithubIssue } from './github-issue';
import type { RepoSource } from './sync-sources';

const PER_PAGE = 100;

export const issuesResource = (s: { owner: string; repo: string }) =>
  `issues:${s.owner}/${s.repo}`.toLowerCase();

const issuesPath = (s: { owner: string; repo: string }) =>
  `/repos/${encodeURIComponent(s.owner)}/${encodeURIComponent(s.repo)}/issues`;

function issuesOf(items: unknown[]): GithubIssue[] {
  return items.flatMap((raw) => toGithubIssue(raw) ?? []);
}

/** Every issue of a repository, open and closed, oldest first. */
export async function listAllIssues(
  client: GithubClient,
  source: RepoSource,
  onPage?: (n: number) => void,
): Promise<GithubIssue[]> {
  const issues: GithubIssue[] = [];
  for await (const page of client.getPages<unknown>(issuesPath(source), {
    owner: source.owner,
    query: { state: 'all', sort: 'created', direction: 'asc', per_page: PER_PAGE },
  })) {
    issues.push(...issuesOf(page.items));
    onPage?.(page.items.length);
  }
  return issues;
}

/** One ask of the issues updated since `since`, newest first: the first page, or every page. */
async function readSince(
  client: GithubClient,
  source: RepoSource,
  since: string | null,
  cursor: Cursor | undefined,
  allPages: boolean,
): Promise<{ notModified: boolean; issues: GithubIssue[]; newest: string | null; first: Cursor }> {
  const query = {
    state: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: PER_PAGE,
    ...(since ? { since } : {}),
  };
  const etags = new Map<string, string>();
  if (cursor?.etag && cursor.url) etags.set(cursor.url, cursor.etag);
  const read = {
    notModified: false,
    issues: [] as GithubIssue[],
    newest: since,
    first: { etag: null, since, url: null } as Cursor,
  };
  for await (const page of client.getPages<unknown>(issuesPath(source), {
    owner: source.owner,
    query,
    etags,
  })) {
    if (read.first.url === null) read.first = { etag: page.etag, since, url: page.url };
    if (page.status === 304) {
      read.notModified = true;
      break;
    }
    read.issues.push(...issuesOf(page.items));
    // Pull requests are in the listing too: the newest of everything is where the next ask starts.
    for (const raw of page.items) {
      const at = (raw as { updated_at?: string }).updated_at;
      const updated = at ? githubTime(at) : null;
      if (updated && (!read.newest || updated > read.newest)) read.newest = updated;
    }
    if (!allPages) break;
  }
  return read;
}

/**
 * Issues updated since the cursor, newest first and asked conditionally: any change moves an issue to
 * the top of the first page, so a 304 there means nothing changed, and a 304 costs no rate limit.
 * After a change the listing is asked once more from the newest `updated_at` (GitHub's `since`
 * includes its own second), for the first page's ETag that stands for "nothing new" next time.
 * `firstPageOnly` is for the import's own first reconcile, which has just read everything.
 */
export async function listChangedIssues(
  client: GithubClient,
  source: RepoSource,
  book: CursorBook,
  options: { firstPageOnly: boolean } = { firstPageOnly: false },
): Promise<{ issues: GithubIssue[]; save: () => Promise<void> }> {
  const resource = issuesResource(source);
  const cursor = book.get(resource);
  const since = cursor?.since ?? null;
  const changed = await readSince(client, source, since, cursor, !options.firstPageOnly);
  if (changed.notModified) return { issues: [], save: () => Promise.resolve() };
  const issues = new Map(changed.issues.map((i) => [i.key, i]));
  let next = changed.first;
  if (changed.newest !== since) {
    const settled = await readSince(client, source, changed.newest, undefined, false);
    for (const issue of settled.issues) issues.set(issue.key, issue);
    next = settled.first;
  }
  return { issues: [...issues.values()], save: () => book.save(resource, next) };
}
