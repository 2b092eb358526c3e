import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../database';
import { signInAttempts, signInLinks } from '../../schema';

export type SignInAttemptRow = typeof signInAttempts.$inferSelect;

export async function insertSignInLink(db: Db, row: typeof signInLinks.$inferInsert): Promise<void> {
  await db.insert(signInLinks).values(row);
}

/** Marks a live, unused link used and answers its user; a second use finds nothing. */
export async function useSignInLink(db: Db, tokenHash: string, now: Date): Promise<string | undefined> {
  const rows = await db
    .update(signInLinks)
    .set({ usedAt: now })
    .where(
      and(eq(signInLinks.tokenHash, tokenHash), isNull(signInLinks.usedAt), gt(signInLinks.expiresAt, now)),
    )
    .returning({ userId: signInLinks.userId });
  return rows[0]?.userId;
}

export async function insertSignInAttempt(db: Db, row: typeof signInAttempts.$inferInsert): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.expiresAt, new Date()));
  await db.insert(signInAttempts).values(row);
}

/** Takes (deletes and answers) a live attempt: a callback replayed with the same state finds nothing. */
export async function takeSignInAttempt(
  db: Db,
  state: string,
  provider: string,
  now: Date,
): Promise<SignInAttemptRow | undefined> {
  const rows = await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.state, state), eq(signInAttempts.provider, provider)))
    .returning();
  const row = rows[0];
  return row && row.expiresAt > now ? row : undefined;
}
