import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { userIdentities, users } from '../../schema';

export type UserRow = typeof users.$inferSelect;
export type UserWithProviders = UserRow & { providers: string[] };

const providersOf = sql<string[]>`COALESCE(
  (SELECT array_agg(i.provider ORDER BY i.provider) FROM user_identities i WHERE i.user_id = ${users.id}),
  '{}')`;

export async function findUser(db: Db, id: string): Promise<UserWithProviders | undefined> {
  const rows = await db.select({ user: users, providers: providersOf }).from(users).where(eq(users.id, id));
  const row = rows[0];
  return row ? { ...row.user, providers: row.providers } : undefined;
}

export async function listUsers(db: Db): Promise<UserWithProviders[]> {
  const rows = await db
    .select({ user: users, providers: providersOf })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((r) => ({ ...r.user, providers: r.providers }));
}

export async function findUserIdByIdentity(
  db: Db,
  provider: string,
  subject: string,
): Promise<string | undefined> {
  const rows = await db
    .select({ userId: userIdentities.userId })
    .from(userIdentities)
    .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, subject)));
  return rows[0]?.userId;
}

export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<void> {
  await db.insert(users).values(row);
}

export async function insertIdentity(db: Db, row: typeof userIdentities.$inferInsert): Promise<void> {
  await db.insert(userIdentities).values(row);
}

export async function updateUserRow(
  db: Db,
  id: string,
  values: Partial<Pick<UserRow, 'name' | 'email' | 'isAdmin' | 'disabled' | 'lastSignInAt'>>,
): Promise<void> {
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length > 0) await db.update(users).set(set).where(eq(users.id, id));
}

/** Locks the user's row, so two role changes cannot both see "one administrator left". */
export async function lockUser(db: Db, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).for('update');
  return rows[0];
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.isAdmin, true), eq(users.disabled, false)));
  return rows[0]?.n ?? 0;
}
