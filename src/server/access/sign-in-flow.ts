import { SIGN_IN_FAILURES, type SignInFailure } from '../../contracts/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAccountEvent } from '../../services/accounts/account-events';
import { sameSecret } from '../../services/accounts/secrets';
import { endSession, startSession } from '../../services/accounts/sessions';
import { signInIdentity, type Identity } from '../../services/accounts/users';
import type { Database } from '../../services/store-lifecycle';
import type { AuthOptions } from './auth-options';
import { isSecure, setSessionCookie } from './session-cookie';

const MAX_RETURN_TO = 2000;

/**
 * Where to go after signing in: a path on this site only. Anything else (an absolute URL, a
 * protocol-relative `//host`, a backslash browsers read as a slash, control characters) becomes "/",
 * so a sign-in link can never send someone to another site.
 */
export function safeReturnTo(neste: unknown): string {
  if (typeof neste !== 'string' || neste.length === 0 || neste.length > MAX_RETURN_TO) return '/';
  // eslint-disable-next-line no-control-regex
  if (!neste.startsWith('/') || neste.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(neste)) return '/';
  const base = 'http://rodtrad.invalid';
  let url: URL;
  try {
    url = new URL(neste, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The address this server is reached at: PUBLIC_URL, or the origin the request was sent to. */
export const publicOrigin = (request: FastifyRequest, options: AuthOptions): string =>
  options.publicUrl ?? `${request.protocol}://${request.host}`;

/** The redirect URI registered at the provider, e.g. https://rodtrad.example.no/auth/oidc/callback. */
export const callbackUrl = (
  request: FastifyRequest,
  options: AuthOptions,
  provider: 'oidc' | 'github',
): string => `${publicOrigin(request, options)}/auth/${provider}/callback`;

/** The query string of a request's URL, with its "?" ("" when there is none). */
export const queryOf = (request: FastifyRequest): string => {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at);
};

/** Holds the state of the browser's sign-in in progress; only /auth/ sees it. */
export const ATTEMPT_COOKIE = 'rodtrad_sign_in';
const ATTEMPT_COOKIE_PATH = '/auth/';

/**
 * Ties an attempt to the browser that started it: a callback URL that someone else started (to sign
 * a victim in to the attacker's account) fails in any other browser. SameSite=Lax still sends it on
 * the provider's top-level redirect back here.
 */
export function bindAttempt(
  request: FastifyRequest,
  reply: FastifyReply,
  options: AuthOptions,
  state: string,
): void {
  reply.setCookie(ATTEMPT_COOKIE, state, {
    path: ATTEMPT_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, options),
    maxAge: 10 * 60,
  });
}

/** Whether the callback's state is the one this browser started; the binding is used up either way. */
export function isBoundAttempt(request: FastifyRequest, reply: FastifyReply, state: string): boolean {
  const bound = request.cookies[ATTEMPT_COOKIE];
  if (bound !== undefined) reply.clearCookie(ATTEMPT_COOKIE, { path: ATTEMPT_COOKIE_PATH });
  return bound !== undefined && sameSecret(bound, state);
}

/** A failed sign-in: recorded in the account log, and the person sent back to the sign-in page. */
export async function failSignIn(
  database: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  failure: { provider: string; code: SignInFailure; reason: string; userId?: string },
): Promise<FastifyReply> {
  await recordAccountEvent(database.db, {
    kind: 'sign-in-failed',
    userId: failure.userId ?? null,
    actor: request.ip,
    detail: { provider: failure.provider, reason: failure.reason.slice(0, 500) },
  });
  request.log.info({ provider: failure.provider, failure: failure.code }, 'sign-in failed');
  return reply.redirect(`/logg-inn?feil=${failure.code}`);
}

/**
 * The provider vouched for `identity`: its account (created on the first sign-in), a new session
 * (replacing any this browser had), and on to where the person was going.
 */
export async function completeSignIn(
  database: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  options: AuthOptions,
  identity: Identity,
  returnTo: string,
): Promise<FastifyReply> {
  const user = await signInIdentity(database, identity);
  if (user.disabled) {
    return failSignIn(database, request, reply, {
      provider: identity.provider,
      code: SIGN_IN_FAILURES.disabled,
      reason: 'the account is disabled',
      userId: user.id,
    });
  }
  // A browser that was signed in already (perhaps as someone else) leaves that session behind.
  const previous = request.auth?.sessionHash;
  if (previous) await endSession(database, previous, request.auth?.user.name ?? 'anonymous');
  const session = await startSession(database, user.id, { provider: identity.provider, ip: request.ip });
  setSessionCookie(request, reply, session, options);
  return reply.redirect(safeReturnTo(returnTo));
}

/** A short, secret-free description of an error from a provider exchange, for the account log. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { error?: unknown; code?: unknown }).error ?? (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
