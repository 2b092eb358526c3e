import type { GithubSettings } from '../../contracts/github-sync';
import { findMirroredByNodeIds } from '../../services/github-sync/github-refs';
import { loadSyncDirectory } from '../../services/github-sync/sync-directory';
import type { Database } from '../../services/store-lifecycle';
import type { DeliveryTargets } from './delivery-targets';
import { syncSourcesOf } from './sync-sources';

export interface RoutedDeliveries {
  orgId: string;
  settings: GithubSettings;
  targets: DeliveryTargets;
  deliveryIds: string[];
}

/**
 * Which organisations each delivery concerns: those whose sources name its repository or board owner,
 * and those that already mirror one of its issues (an issue under an epic, in a repository of its own).
 */
export async function routeDeliveries(
  all: { orgId: string; settings: GithubSettings }[],
  database: Database,
  deliveries: { id: string; targets: DeliveryTargets }[],
): Promise<RoutedDeliveries[]> {
  const routed: RoutedDeliveries[] = [];
  for (const { orgId, settings } of all) {
    if (!settings.enabled) continue;
    const ctx = { database, orgId, actor: 'GitHub' };
    const sources = syncSourcesOf(settings, (await loadSyncDirectory(ctx)).teams);
    const repos = new Set([
      ...sources.repos.map((r) => `${r.owner}/${r.repo}`.toLowerCase()),
      ...(settings.roadmap ? [`${settings.roadmap.owner}/${settings.roadmap.repo}`.toLowerCase()] : []),
    ]);
    const boardOwners = new Set(sources.boards.map((b) => b.owner.toLowerCase()));
    const mirrored = new Set(
      (
        await findMirroredByNodeIds(
          ctx,
          deliveries.flatMap((d) => d.targets.nodes.map((n) => n.nodeId)),
        )
      ).map((r) => r.nodeId),
    );
    const mine = deliveries.filter(
      ({ targets }) =>
        targets.repos.some((r) => repos.has(r)) ||
        targets.boardOwners.some((o) => boardOwners.has(o)) ||
        targets.nodes.some((n) => mirrored.has(n.nodeId)),
    );
    if (mine.length === 0) continue;
    routed.push({
      orgId,
      settings,
      deliveryIds: mine.map((d) => d.id),
      targets: {
        nodes: mine.flatMap((d) => d.targets.nodes),
        repos: [...new Set(mine.flatMap((d) => d.targets.repos))],
        boardOwners: [...new Set(mine.flatMap((d) => d.targets.boardOwners))],
      },
    });
  }
  return routed;
}
