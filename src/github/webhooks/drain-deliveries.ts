import type { GithubSettings } from '../../contracts/github-sync';
import { listAllGithubSettings } from '../../services/github-sync/github-settings';
import { finishQueuedDeliveries, leaseQueuedDeliveries } from '../../services/github-sync/webhook-deliveries';
import type { Database } from '../../services/store-lifecycle';
import { deliveryTargets, type DeliveryTargets } from '../sync/delivery-targets';
import { routeDeliveries } from '../sync/route-deliveries';

/** Applies one organisation's share of a batch; throws when it could not. */
export type ApplyForOrganisation = (
  orgId: string,
  settings: GithubSettings,
  targets: DeliveryTargets,
) => Promise<void>;

/**
 * Works the webhook queue until it is empty: leases a batch (other servers skip it meanwhile), routes
 * each delivery to the organisations it concerns, applies them, and marks each delivery done or failed
 * with the reason. A failed delivery is kept with its error, for the status page.
 */
export async function drainDeliveries(database: Database, apply: ApplyForOrganisation): Promise<void> {
  for (;;) {
    const deliveries = await leaseQueuedDeliveries(database, 100);
    if (deliveries.length === 0) return;
    const routed = await routeDeliveries(
      await listAllGithubSettings(database),
      database,
      deliveries.map((d) => ({ id: d.deliveryId, targets: deliveryTargets(d.event, d.payload) })),
    );
    const failed = new Map<string, string>();
    for (const { orgId, settings, targets, deliveryIds } of routed) {
      try {
        await apply(orgId, settings, targets);
      } catch (err) {
        for (const id of deliveryIds) failed.set(id, err instanceof Error ? err.message : String(err));
      }
    }
    const done = deliveries.map((d) => d.deliveryId).filter((id) => !failed.has(id));
    await finishQueuedDeliveries(database, done, null);
    for (const [id, error] of failed) await finishQueuedDeliveries(database, [id], error);
  }
}
