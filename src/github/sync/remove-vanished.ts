import { listMirroredInRepos, relocateMirrors, removeMirrors } from '../../services/github-sync/github-refs';
import type { ServiceContext } from '../../services/shared/context';
import { placeOfStored, type IssueFetcher } from './issue-fetcher';
import { movesOf } from './relocate-moved';
import type { SyncReporter } from './sync-reporter';

/**
 * After a whole read: mirrors in those repositories that the listings no longer show are asked for by
 * node id. Gone on GitHub → removed here; moved elsewhere → pointed at their new address. Nothing is
 * removed on the listings' word alone.
 */
export async function removeVanished(
  ctx: ServiceContext,
  seenInRepos: ReadonlyMap<string, ReadonlySet<string>>,
  fetcher: IssueFetcher,
  reporter: SyncReporter,
): Promise<void> {
  if (seenInRepos.size === 0) return;
  const stored = await listMirroredInRepos(ctx, [...seenInRepos.keys()]);
  const unseen = stored.filter((ref) => !seenInRepos.get(ref.key.split('#')[0]!)?.has(ref.key));
  if (unseen.length === 0) return;
  reporter.phase('vanished', unseen.length);
  const checked = await fetcher.byNodeIds(unseen, placeOfStored);
  const gone = checked.filter((c) => c.issue === null).map((c) => c.ref);
  const moved = checked.flatMap(({ ref, issue }) => movesOf(ref, issue));
  await relocateMirrors(ctx, moved);
  await removeMirrors(ctx, gone);
  reporter.count('deleted', gone.length);
  reporter.advance(unseen.length);
}
