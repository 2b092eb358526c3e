import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../database';
import { sessions, users } from '../../schema';

export type SessionRow = typeof sessions.$inferSelect;

/** Who a request acts as: what authentication needs of a user, read with the session or token. */
export const actingUserColumns = {
  id: users.id,
  name: users.name,
  isAdmin: users.isAdmin,
  disabled: users.disabled,
};
export type ActingUser = { id: string; name: string; isAdmin: boolean; disabled: boolean };

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A session that has not expired at `now`, with its user: one query on every signed-in request. */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ session: SessionRow; user: ActingUser } | undefined> {
  const rows = await db
    .select({ session: sessions, user: actingUserColumns })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return rows[0];
}

export async function touchSession(db: Db, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const rows = await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning();
  return rows[0];
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning();
  return rows.length;
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
