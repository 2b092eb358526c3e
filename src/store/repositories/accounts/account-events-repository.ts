import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../database';
import { accountEvents } from '../../schema';

export type AccountEventRow = typeof accountEvents.$inferSelect;

export async function insertAccountEvent(db: Db, row: typeof accountEvents.$inferInsert): Promise<void> {
  await db.insert(accountEvents).values(row);
}

export function listAccountEventRows(
  db: Db,
  filter: { userId?: string; limit: number },
): Promise<AccountEventRow[]> {
  const query = db.select().from(accountEvents);
  const filtered = filter.userId ? query.where(eq(accountEvents.userId, filter.userId)) : query;
  return filtered.orderBy(desc(accountEvents.id)).limit(filter.limit);
}
