import { and, asc, eq, or } from 'drizzle-orm';
import type { Db } from '../database';
import { savedViews, users } from '../schema';

export type SavedViewRow = typeof savedViews.$inferSelect & { ownerName: string };

const columns = {
  id: savedViews.id,
  orgId: savedViews.orgId,
  userId: savedViews.userId,
  name: savedViews.name,
  query: savedViews.query,
  shared: savedViews.shared,
  createdAt: savedViews.createdAt,
  ownerName: users.name,
};

/** The user's own views and those others shared, by name. */
export function selectSavedViews(db: Db, orgId: string, userId: string): Promise<SavedViewRow[]> {
  return db
    .select(columns)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(and(eq(savedViews.orgId, orgId), or(eq(savedViews.userId, userId), eq(savedViews.shared, true))))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

export async function selectSavedView(db: Db, orgId: string, id: string): Promise<SavedViewRow | undefined> {
  const rows = await db
    .select(columns)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(and(eq(savedViews.orgId, orgId), eq(savedViews.id, id)));
  return rows[0];
}

export async function insertSavedView(db: Db, row: typeof savedViews.$inferInsert): Promise<void> {
  await db.insert(savedViews).values(row);
}

export async function deleteSavedViewRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(savedViews).where(and(eq(savedViews.orgId, orgId), eq(savedViews.id, id)));
}
