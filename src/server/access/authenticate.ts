import type { FastifyRequest } from 'fastify';
import type { TokenScope } from '../../contracts/accounts';
import { recordRefusedToken, resolveApiToken } from '../../services/accounts/api-tokens';
import { resolveSession } from '../../services/accounts/sessions';
import type { Database } from '../../services/store-lifecycle';
import { AppError } from '../../services/shared/app-error';
import { SESSION_COOKIE } from './session-cookie';

/** The signed-in user of a request, and how they proved it. */
export interface Authenticated {
  user: { id: string; name: string; isAdmin: boolean };
  via: 'session' | 'token';
  /** A token's scope; a browser session is limited by the role alone. */
  scope: TokenScope;
  /** Session only: what identifies it, and the CSRF token its writes must carry. */
  sessionHash: string | null;
  csrfToken: string | null;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Who sent the request: a bearer token wins over a cookie. A token that is presented but not valid is
 * refused outright (401), never treated as "not signed in", so a script learns its token is dead.
 */
export async function authenticate(
  database: Database,
  request: FastifyRequest,
): Promise<Authenticated | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const token = BEARER.exec(header)?.[1];
    if (!token) {
      await recordRefusedToken(database, { tokenId: null, userId: null, reason: 'malformed' }, request.ip);
      throw new AppError('unauthorised', 'the Authorization header must be "Bearer <token>"');
    }
    const resolved = await resolveApiToken(database, token);
    if (!resolved.ok) {
      await recordRefusedToken(database, resolved, request.ip);
      throw new AppError(
        'unauthorised',
        `the API token is ${resolved.reason === 'unknown' ? 'not valid' : resolved.reason}`,
      );
    }
    const { id, name, isAdmin } = resolved.user;
    return {
      user: { id, name, isAdmin },
      via: 'token',
      scope: resolved.scope,
      sessionHash: null,
      csrfToken: null,
    };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await resolveSession(database, cookie);
  if (!session) return null;
  const { id, name, isAdmin } = session.user;
  return {
    user: { id, name, isAdmin },
    via: 'session',
    scope: 'admin',
    sessionHash: session.tokenHash,
    csrfToken: session.csrfToken,
  };
}
