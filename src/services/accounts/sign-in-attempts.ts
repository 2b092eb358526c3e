import type { Database } from '../../store/database';
import {
  insertSignInAttempt,
  takeSignInAttempt,
  type SignInAttemptRow,
} from '../../store/repositories/accounts/sign-in-repository';

/** A sign-in must come back from the provider within this time. */
const ATTEMPT_TTL_MS = 10 * 60 * 1000;

export interface SignInAttempt {
  state: string;
  provider: string;
  codeVerifier: string;
  nonce: string | null;
  returnTo: string;
}

/** Remembers a sign-in sent to a provider, in the database so any server process can take the callback. */
export async function saveSignInAttempt(database: Database, attempt: SignInAttempt): Promise<void> {
  await insertSignInAttempt(database.db, { ...attempt, expiresAt: new Date(Date.now() + ATTEMPT_TTL_MS) });
}

/** The attempt a callback's state names, once; unknown, replayed or late callbacks get null. */
export async function takeAttempt(
  database: Database,
  state: string,
  provider: string,
): Promise<SignInAttemptRow | null> {
  return (await takeSignInAttempt(database.db, state, provider, new Date())) ?? null;
}
