import { SIGN_IN_FAILURES, type SignInFailure } from '../../contracts/accounts';
import type { FastifyInstance } from 'fastify';
import { calculatePKCECodeChallenge, randomPKCECodeVerifier, randomState } from 'openid-client';
import { saveSignInAttempt, takeAttempt } from '../../services/accounts/sign-in-attempts';
import type { Database } from '../../services/store-lifecycle';
import type { AuthOptions } from '../access/auth-options';
import { exchangeGithubCode, githubAuthorizeUrl, githubIdentity } from '../access/github-sign-in';
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

const PROVIDER = 'github';

/**
 * Sign-in with GitHub (or a GitHub Enterprise Server): the OAuth web flow with state and PKCE. Always
 * registered, so the route table holds; without GITHUB_* configured they send the person back to the
 * sign-in page. A bad callback never answers 5xx.
 */
export function registerGithubSignInRoutes(
  app: FastifyInstance,
  database: Database,
  options: AuthOptions,
): void {
  const routeOptions = { config: { rateLimit: signInRateLimit(options) }, schema: { hide: true } };
  const notConfigured = () => ({
    provider: PROVIDER,
    code: SIGN_IN_FAILURES.notConfigured,
    reason: 'GitHub sign-in is not configured',
  });

  app.get('/auth/github/start', routeOptions, async (request, reply) => {
    const github = options.github;
    if (!github) return failSignIn(database, request, reply, notConfigured());
    const state = randomState();
    const codeVerifier = randomPKCECodeVerifier();
    const neste = new URLSearchParams(queryOf(request)).get('neste');
    await saveSignInAttempt(database, {
      state,
      provider: PROVIDER,
      codeVerifier,
      nonce: null,
      returnTo: safeReturnTo(neste),
    });
    bindAttempt(request, reply, options, state);
    const url = githubAuthorizeUrl(github, {
      redirectUri: callbackUrl(request, options, 'github'),
      state,
      codeChallenge: await calculatePKCECodeChallenge(codeVerifier),
    });
    return reply.redirect(url.href);
  });

  app.get('/auth/github/callback', routeOptions, async (request, reply) => {
    const github = options.github;
    if (!github) return failSignIn(database, request, reply, notConfigured());
    const params = new URLSearchParams(queryOf(request));
    const state = params.get('state') ?? '';
    const fail = (code: SignInFailure, reason: string) =>
      failSignIn(database, request, reply, { provider: PROVIDER, code, reason });

    if (!state || !isBoundAttempt(request, reply, state)) {
      return fail(SIGN_IN_FAILURES.expired, 'the state is missing or was not started in this browser');
    }
    const attempt = await takeAttempt(database, state, PROVIDER);
    if (!attempt) return fail(SIGN_IN_FAILURES.expired, 'unknown, used or expired state');
    const error = params.get('error');
    if (error) {
      const code = error === 'access_denied' ? SIGN_IN_FAILURES.cancelled : SIGN_IN_FAILURES.provider;
      return fail(code, `GitHub answered ${error.slice(0, 100)}`);
    }
    const code = params.get('code');
    if (!code) return fail(SIGN_IN_FAILURES.provider, 'the callback carries no code');
    let identity;
    try {
      const accessToken = await exchangeGithubCode(github, {
        code,
        redirectUri: callbackUrl(request, options, 'github'),
        codeVerifier: attempt.codeVerifier,
      });
      identity = await githubIdentity(github, accessToken);
    } catch (err) {
      return fail(SIGN_IN_FAILURES.provider, `sign-in with GitHub failed: ${describeError(err)}`);
    }
    return completeSignIn(database, request, reply, options, identity, attempt.returnTo);
  });
}
