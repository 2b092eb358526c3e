import {
  type StoredGithubRef,
  findMirroredByKeys,
  findMirroredByNodeIds,
  relocateMirrors,
} from '../../services/github-sync/github-refs';
import type { ServiceContext } from '../../services/shared/context';
import type { GithubIssue } from './github-issue';

/**
 * Issues in a renamed repository keep their node id: their mirrors are pointed at the new address
 * before the import, which would otherwise create a twin and leave the old one. (A transferred issue
 * gets a new node id on GitHub: the old one is gone, the new one imported where it now is.)
 */
export async function relocateMoved(ctx: ServiceContext, issues: readonly GithubIssue[]): Promise<number> {
  const storedKeys = new Set(
    (
      await findMirroredByKeys(
        ctx,
        issues.map((i) => i.key),
      )
    ).map((r) => r.key),
  );
  const unknown = issues.filter((i) => !storedKeys.has(i.key));
  if (unknown.length === 0) return 0;
  const byNode = new Map(unknown.map((i) => [i.nodeId, i]));
  const moved = (await findMirroredByNodeIds(ctx, [...byNode.keys()])).flatMap((ref) =>
    movesOf(ref, ref.nodeId ? byNode.get(ref.nodeId) : undefined),
  );
  await relocateMirrors(ctx, moved);
  return moved.length;
}

/** The relocation of a mirror to where its issue is now; none when it has not moved. */
export function movesOf(ref: StoredGithubRef, issue: GithubIssue | null | undefined) {
  return issue && ref.key !== issue.key
    ? [
        {
          id: ref.id,
          type: ref.type,
          owner: issue.owner,
          repo: issue.repo,
          number: issue.number,
          url: issue.url,
        },
      ]
    : [];
}
