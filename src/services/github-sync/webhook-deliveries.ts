import type { Database } from '../../store/database';
import {
  countGithubDeliveries,
  finishGithubDeliveries,
  insertGithubDelivery,
  leaseGithubDeliveries,
} from '../../store/repositories/github-sync/github-deliveries-repository';

export interface QueuedDelivery {
  deliveryId: string;
  event: string;
  action: string | null;
  payload: unknown;
}

/**
 * Queues a verified delivery. Answers false for a delivery id seen before: GitHub redelivers, and a
 * person can press "Redeliver"; the work must happen once.
 */
export const queueGithubDelivery = (database: Database, delivery: QueuedDelivery): Promise<boolean> =>
  insertGithubDelivery(database.db, delivery);

/** Leases the oldest waiting deliveries for this worker. */
export async function leaseQueuedDeliveries(
  database: Database,
  limit = 100,
  leaseSeconds = 120,
): Promise<QueuedDelivery[]> {
  const rows = await leaseGithubDeliveries(database.db, limit, leaseSeconds);
  return rows.map((r) => ({
    deliveryId: r.delivery_id,
    event: r.event,
    action: r.action,
    payload: r.payload,
  }));
}

export const finishQueuedDeliveries = (database: Database, ids: string[], error: string | null) =>
  finishGithubDeliveries(database.db, ids, error);

export async function deliveryQueueState(database: Database) {
  const counts = await countGithubDeliveries(database.db);
  return {
    pending: Number(counts.pending),
    failed: Number(counts.failed),
    oldestPendingAt: counts.oldestPendingAt ? new Date(counts.oldestPendingAt).toISOString() : null,
  };
}
