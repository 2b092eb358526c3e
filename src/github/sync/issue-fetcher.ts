import type { StoredGithubRef } from '../../services/github-sync/github-refs';
import { GithubError } from '../http/github-error';
import type { GithubClient } from '../http/github-client';
import { ISSUE_NODE_FIELDS, type IssueNode } from '../http/graphql-documents';
import { fromIssueNode, toGithubIssue, type GithubIssue } from './github-issue';

export interface FetchedByKey {
  key: string;
  issue: GithubIssue | null;
  /** Why there is no issue: deleted, private or unknown. */
  reason: string;
}

const UNREADABLE: Partial<Record<GithubError['code'], string>> = {
  'not-found': 'cannot be read: private, unknown or in an organisation the credentials do not reach',
  gone: 'deleted on GitHub',
  forbidden: 'the credentials may not read it',
};

/** Fetches single issues the listings did not bring: by address (REST) or by node id (GraphQL, in batches). */
export class IssueFetcher {
  constructor(private readonly client: GithubClient) {}

  /** Issues by lower-case "owner/repo#N"; a transferred issue comes back under its new key. */
  async byKeys(keys: readonly string[]): Promise<FetchedByKey[]> {
    const found: FetchedByKey[] = [];
    for (const key of keys) {
      const [, owner = '', repo = '', number = ''] = /^([^/]+)\/([^#]+)#(\d+)$/.exec(key) ?? [];
      try {
        const answer = await this.client.get<unknown>(`/repos/${owner}/${repo}/issues/${number}`, { owner });
        const issue = answer.status === 200 ? toGithubIssue(answer.data) : null;
        found.push({ key, issue, reason: issue ? '' : 'a pull request, not an issue' });
      } catch (err) {
        const reason = err instanceof GithubError ? UNREADABLE[err.code] : undefined;
        if (!reason) throw err;
        found.push({ key, issue: null, reason });
      }
    }
    return found;
  }

  /**
   * Issues by node id, as they are now, batched per owner (an App's token is per owner); null where
   * GitHub no longer has the node (deleted). `place` tells each ref's node id and owner.
   */
  async byNodeIds<R>(
    refs: readonly R[],
    place: (ref: R) => { nodeId: string; owner: string } | null,
  ): Promise<{ ref: R; issue: GithubIssue | null }[]> {
    const byOwner = new Map<string, { ref: R; nodeId: string }[]>();
    for (const ref of refs) {
      const at = place(ref);
      if (!at) continue;
      const owner = at.owner.toLowerCase();
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), { ref, nodeId: at.nodeId }]);
    }
    const found: { ref: R; issue: GithubIssue | null }[] = [];
    for (const [owner, list] of byOwner) {
      const nodes = await this.client.nodesByIds<IssueNode>(
        list.map((r) => r.nodeId),
        ISSUE_NODE_FIELDS,
        { owner },
      );
      nodes.forEach((node, n) =>
        found.push({ ref: list[n]!.ref, issue: node && 'number' in node ? fromIssueNode(node) : null }),
      );
    }
    return found;
  }
}

/** Where a stored mirror's node is: its node id and the owner in its key. */
export const placeOfStored = (ref: StoredGithubRef) =>
  ref.nodeId ? { nodeId: ref.nodeId, owner: ref.key.split('/')[0]! } : null;
