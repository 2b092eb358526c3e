import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../database';
import { apiTokens, users } from '../../schema';
import { actingUserColumns, type ActingUser } from './sessions-repository';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const rows = await db.insert(apiTokens).values(row).returning();
  const created = rows[0];
  if (!created) throw new Error('insert returned no row');
  return created;
}

export function listApiTokensOfUser(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

/** A token by its hash, with its user: one query on every request made with a token. */
export async function findApiTokenByHash(
  db: Db,
  tokenHash: string,
): Promise<{ token: ApiTokenRow; user: ActingUser } | undefined> {
  const rows = await db
    .select({ token: apiTokens, user: actingUserColumns })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return rows[0];
}

export async function revokeApiTokenRow(
  db: Db,
  userId: string,
  id: string,
  now: Date,
): Promise<ApiTokenRow | undefined> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning();
  return rows[0];
}

export async function findApiTokenOfUser(
  db: Db,
  userId: string,
  id: string,
): Promise<ApiTokenRow | undefined> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
  return rows[0];
}

export async function markApiTokenUsed(db: Db, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}
