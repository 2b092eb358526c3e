import type { Database } from '../../store/database';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findLiveSession,
  insertSession,
  touchSession,
} from '../../store/repositories/accounts/sessions-repository';
import type { ActingUser } from '../../store/repositories/accounts/sessions-repository';
import { updateUserRow } from '../../store/repositories/accounts/users-repository';
import { inDatabaseTransaction } from '../shared/context';
import { recordAccountEvent } from './account-events';
import { hashSecret, newSecret } from './secrets';

/** A session ends after this long without use… */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and is refreshed in the database at most this often, so reads do not write on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface StartedSession {
  /** The cookie's value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface LiveSession {
  user: ActingUser;
  csrfToken: string;
  tokenHash: string;
}

/** Signs a user in: a new server-side session, and the sign-in in the account log. */
export function startSession(
  database: Database,
  userId: string,
  how: { provider: string; ip: string },
): Promise<StartedSession> {
  return inDatabaseTransaction(database, async (tx) => {
    const now = new Date();
    const token = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await deleteExpiredSessions(tx, now);
    await insertSession(tx, { tokenHash: hashSecret(token), userId, csrfToken, expiresAt });
    await updateUserRow(tx, userId, { lastSignInAt: now });
    await recordAccountEvent(tx, {
      kind: 'sign-in',
      userId,
      actor: how.ip,
      detail: { provider: how.provider },
    });
    return { token, csrfToken, expiresAt };
  });
}

/** The live session behind a cookie value, or null; a disabled user's session is worth nothing. */
export async function resolveSession(database: Database, token: string): Promise<LiveSession | null> {
  const now = new Date();
  const tokenHash = hashSecret(token);
  const found = await findLiveSession(database.db, tokenHash, now);
  if (!found || found.user.disabled) return null;
  const { session, user } = found;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(database.db, tokenHash, now, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  return { user, csrfToken: session.csrfToken, tokenHash };
}

/** Signs out this session. */
export function endSession(database: Database, tokenHash: string, actor: string): Promise<void> {
  return inDatabaseTransaction(database, async (tx) => {
    const ended = await deleteSession(tx, tokenHash);
    if (ended) await recordAccountEvent(tx, { kind: 'sign-out', userId: ended.userId, actor });
  });
}

/** Signs the user out of every browser at once; their API tokens are revoked separately. */
export function endAllSessions(database: Database, userId: string, actor: string): Promise<number> {
  return inDatabaseTransaction(database, async (tx) => {
    const ended = await deleteSessionsOfUser(tx, userId);
    await recordAccountEvent(tx, { kind: 'sign-out-everywhere', userId, actor, detail: { sessions: ended } });
    return ended;
  });
}
