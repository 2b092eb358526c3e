import { SIGN_IN_FAILURES, type SignInFailure } from '../../contracts/accounts';
import type { FastifyInstance } from 'fastify';
import { saveSignInAttempt, takeAttempt } from '../../services/accounts/sign-in-attempts';
import type { Database } from '../../services/store-lifecycle';
import type { AuthOptions } from '../access/auth-options';
import { finishOidcSignIn, oidcConfiguration, startOidcSignIn } from '../access/oidc-client';
import { signInRateLimit } from '../access/rate-limits';
import {
  bindAttempt,
  callbackUrl,
  completeSignIn,
  describeError,
  failSignIn,
  isBoundAttempt,
  queryOf,
  safeReturnTo,
} from '../access/sign-in-flow';

const ATTEMPT_PROVIDER = 'oidc';

/**
 * Sign-in with an OpenID Connect provider (Entra ID, ID-porten, Keycloak…): authorization code with
 * PKCE, state and nonce. Always registered, so the route table holds; without OIDC_* configured they
 * send the person back to the sign-in page. A bad callback never answers 5xx.
 */
export function registerOidcSignInRoutes(
  app: FastifyInstance,
  database: Database,
  options: AuthOptions,
): void {
  const routeOptions = { config: { rateLimit: signInRateLimit(options) }, schema: { hide: true } };
  const provider = options.oidc ? `oidc:${options.oidc.issuer}` : 'oidc';

  app.get('/auth/oidc/start', routeOptions, async (request, reply) => {
    const oidc = options.oidc;
    if (!oidc) {
      return failSignIn(database, request, reply, {
        provider,
        code: SIGN_IN_FAILURES.notConfigured,
        reason: 'OpenID Connect is not configured',
      });
    }
    const neste = new URLSearchParams(queryOf(request)).get('neste');
    let started;
    try {
      started = await startOidcSignIn(await oidcConfiguration(oidc), callbackUrl(request, options, 'oidc'));
    } catch (error) {
      return failSignIn(database, request, reply, {
        provider,
        code: SIGN_IN_FAILURES.provider,
        reason: `discovery failed: ${describeError(error)}`,
      });
    }
    await saveSignInAttempt(database, {
      ...started.attempt,
      provider: ATTEMPT_PROVIDER,
      returnTo: safeReturnTo(neste),
    });
    bindAttempt(request, reply, options, started.attempt.state);
    return reply.redirect(started.url.href);
  });

  app.get('/auth/oidc/callback', routeOptions, async (request, reply) => {
    const oidc = options.oidc;
    if (!oidc) {
      return failSignIn(database, request, reply, {
        provider,
        code: SIGN_IN_FAILURES.notConfigured,
        reason: 'OpenID Connect is not configured',
      });
    }
    const query = queryOf(request);
    const params = new URLSearchParams(query);
    const state = params.get('state') ?? '';
    const fail = (code: SignInFailure, reason: string) =>
      failSignIn(database, request, reply, { provider, code, reason });

    if (!state || !isBoundAttempt(request, reply, state)) {
      return fail(SIGN_IN_FAILURES.expired, 'the state is missing or was not started in this browser');
    }
    const attempt = await takeAttempt(database, state, ATTEMPT_PROVIDER);
    if (!attempt?.nonce) return fail(SIGN_IN_FAILURES.expired, 'unknown, used or expired state');
    const error = params.get('error');
    if (error) {
      const code = error === 'access_denied' ? SIGN_IN_FAILURES.cancelled : SIGN_IN_FAILURES.provider;
      return fail(code, `the provider answered ${error.slice(0, 100)}`);
    }
    let identity;
    try {
      identity = await finishOidcSignIn(
        await oidcConfiguration(oidc),
        new URL(`${callbackUrl(request, options, 'oidc')}${query}`),
        { state: attempt.state, codeVerifier: attempt.codeVerifier, nonce: attempt.nonce },
      );
    } catch (err) {
      return fail(SIGN_IN_FAILURES.provider, `code exchange failed: ${describeError(err)}`);
    }
    return completeSignIn(database, request, reply, options, identity, attempt.returnTo);
  });
}
