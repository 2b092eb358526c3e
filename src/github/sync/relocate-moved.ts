import {
  findMirroredByKeys,
  findMirroredByNodeIds,
  relocateMirrors,
} from '../../services/github-sync/github-refs';
import type { ServiceContext } from '../../services/shared/context';
import type { GithubIssue } from './github-issue';

/**
 * Issues that moved (a transfer, a renamed repository) keep their node id: their mirrors are pointed
 * at the new address before the import, which would otherwise create a twin and leave the old one.
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
  const moved = (await findMirroredByNodeIds(ctx, [...byNode.keys()])).flatMap((ref) => {
    const issue = ref.nodeId ? byNode.get(ref.nodeId) : undefined;
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
  });
  await relocateMirrors(ctx, moved);
  return moved.length;
}
