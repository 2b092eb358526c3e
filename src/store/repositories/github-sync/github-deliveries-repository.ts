import { count, isNotNull, isNull, min, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { githubDeliveries } from '../../schema';
import { selectRows } from '../select-rows';

export type GithubDeliveryRow = typeof githubDeliveries.$inferSelect;

/** Stores a delivery; answers false when GitHub sent the same delivery before (a redelivery). */
export async function insertGithubDelivery(
  db: Db,
  row: { deliveryId: string; event: string; action: string | null; payload: unknown },
): Promise<boolean> {
  const inserted = await db
    .insert(githubDeliveries)
    .values(row)
    .onConflictDoNothing({ target: githubDeliveries.deliveryId })
    .returning({ id: githubDeliveries.deliveryId });
  return inserted.length > 0;
}

/**
 * Leases up to `limit` unprocessed deliveries, oldest first, for `leaseSeconds`: another server skips
 * them meanwhile, and takes them over if this one dies before finishing.
 */
export function leaseGithubDeliveries(db: Db, limit: number, leaseSeconds: number) {
  return selectRows<{ delivery_id: string; event: string; action: string | null; payload: unknown }>(
    db,
    sql`UPDATE github_deliveries SET leased_until = now() + make_interval(secs => ${leaseSeconds}),
          attempts = attempts + 1
        WHERE delivery_id IN (
          SELECT delivery_id FROM github_deliveries
          WHERE processed_at IS NULL AND (leased_until IS NULL OR leased_until < now())
          ORDER BY received_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING delivery_id, event, action, payload`,
  );
}

/** Marks deliveries done (error null) or failed with what went wrong. */
export async function finishGithubDeliveries(db: Db, ids: string[], error: string | null): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(
    sql`UPDATE github_deliveries SET processed_at = now(), leased_until = NULL, error = ${error}
        WHERE delivery_id = ANY(${sql.param(ids)})`,
  );
}

export async function countGithubDeliveries(db: Db) {
  const [pending] = await db
    .select({ n: count(), oldest: min(githubDeliveries.receivedAt) })
    .from(githubDeliveries)
    .where(isNull(githubDeliveries.processedAt));
  const [failed] = await db
    .select({ n: count() })
    .from(githubDeliveries)
    .where(sql`${isNotNull(githubDeliveries.processedAt)} AND ${isNotNull(githubDeliveries.error)}`);
  return { pending: pending?.n ?? 0, failed: failed?.n ?? 0, oldestPendingAt: pending?.oldest ?? null };
}
