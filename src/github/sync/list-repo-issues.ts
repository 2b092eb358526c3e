import type { GithubClient } from '../http/github-client';
import { githubTime, type CursorBook } from './cursor-book';
import { toGithubIssue, type GithubIssue } from './github-issue';
import type { RepoSource } from './sync-sources';

const PER_PAGE = 100;
/** A listing that keeps changing under us is left to the next run rather than chased. */
const MAX_SETTLE_ROUNDS = 3;

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

/**
 * Issues updated since the cursor, asked conditionally: an unchanged repository answers 304, which
 * costs no rate limit. GitHub's `since` includes its own second, so the newest issue comes back each
 * time; the listing is asked again from the newest `updated_at` until its answer is one page whose
 * ETag can stand for "nothing new" next time.
 */
export async function listChangedIssues(
  client: GithubClient,
  source: RepoSource,
  book: CursorBook,
): Promise<{ issues: GithubIssue[]; save: () => Promise<void> }> {
  const resource = issuesResource(source);
  let cursor = book.get(resource) ?? { etag: null, since: null, url: null };
  const changed = new Map<string, GithubIssue>();
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round += 1) {
    const query = {
      state: 'all',
      sort: 'updated',
      direction: 'asc',
      per_page: PER_PAGE,
      ...(cursor.since ? { since: cursor.since } : {}),
    };
    const etags = new Map<string, string>();
    let pages = 0;
    let lastEtag: string | null = null;
    let newest = cursor.since;
    let firstUrl: string | null = null;
    for await (const page of client.getPages<unknown>(issuesPath(source), {
      owner: source.owner,
      query,
      etags: withFirst(etags, cursor),
    })) {
      firstUrl ??= page.url;
      pages += 1;
      lastEtag = page.etag;
      if (page.status === 304) break;
      for (const issue of issuesOf(page.items)) changed.set(issue.key, issue);
      // Pull requests are in the listing too: the newest of everything is where the next ask starts.
      for (const raw of page.items) {
        const at = (raw as { updated_at?: string }).updated_at;
        const updated = at ? githubTime(at) : null;
        if (updated && (!newest || updated > newest)) newest = updated;
      }
    }
    const settled = newest === cursor.since && pages === 1;
    cursor = { etag: settled ? lastEtag : null, since: newest, url: firstUrl };
    if (settled) break;
  }
  return { issues: [...changed.values()], save: () => book.save(resource, cursor) };
}

/** The stored ETag applies to the first page of the same query only. */
function withFirst(etags: Map<string, string>, cursor: { etag: string | null; url: string | null }) {
  if (cursor.etag && cursor.url) etags.set(cursor.url, cursor.etag);
  return etags;
}
