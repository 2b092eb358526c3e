import type { Database } from '../../store/database';
import { insertSignInLink, useSignInLink } from '../../store/repositories/accounts/sign-in-repository';
import { hashSecret, newSecret } from './secrets';

/** A one-time link lives this long. */
export const SIGN_IN_LINK_TTL_MS = 60 * 60 * 1000;

/** A one-time sign-in secret for `userId`; the link is `/auth/link/<secret>`. */
export async function createSignInLink(database: Database, userId: string): Promise<string> {
  const secret = newSecret();
  await insertSignInLink(database.db, {
    tokenHash: hashSecret(secret),
    userId,
    expiresAt: new Date(Date.now() + SIGN_IN_LINK_TTL_MS),
  });
  return secret;
}

/** The user a link signs in, once; used, expired or unknown links answer null. */
export async function consumeSignInLink(database: Database, secret: string): Promise<string | null> {
  return (await useSignInLink(database.db, hashSecret(secret), new Date())) ?? null;
}
