import type { BacklogItem } from '../../../contracts/backlog';
import { formatGithubRef } from '../../../contracts/github-ref';

/** How an issue stands for the roll-up: still open, done, or closed without being done. */
export type IssueOutcome = 'open' | 'completed' | 'not-planned' | 'duplicate';

/**
 * Closed as completed, or closed with no reason as older GitHub issues are, is done; closed as not
 * planned or as a duplicate leaves the count (as in the roll-up); a reopened issue is open.
 */
export function issueOutcome(item: Pick<BacklogItem, 'state' | 'stateReason'>): IssueOutcome {
  if (item.state === 'open') return 'open';
  if (item.stateReason === 'not-planned') return 'not-planned';
  if (item.stateReason === 'duplicate') return 'duplicate';
  return 'completed';
}

export interface IssueCounts {
  /** Issues that count: every issue but those closed as not planned or duplicate. */
  counted: number;
  completed: number;
  /** Closed as not planned or as a duplicate. */
  dropped: number;
}

export function issueCounts(items: readonly Pick<BacklogItem, 'state' | 'stateReason'>[]): IssueCounts {
  const outcomes = items.map(issueOutcome);
  const dropped = outcomes.filter((o) => o === 'not-planned' || o === 'duplicate').length;
  return {
    counted: outcomes.length - dropped,
    completed: outcomes.filter((o) => o === 'completed').length,
    dropped,
  };
}

/** Where the item lives on GitHub: the address the import stored, or one made from owner/repo#N. */
export function githubAddress(item: Pick<BacklogItem, 'github'>): string | null {
  if (!item.github) return null;
  const { owner, repo, number } = item.github;
  return (
    item.github.url ??
    `https://github.com/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/${number}`
  );
}

export const githubRefOf = (item: Pick<BacklogItem, 'github'>): string | null =>
  item.github ? formatGithubRef(item.github) : null;
