import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAccountEvents } from '../../services/accounts/account-events';
import { describeEachDatabase } from '../../store/testing/test-database';
import { DEFAULT_AUTH_OPTIONS, type AuthOptions } from '../access/auth-options';
import { SESSION_COOKIE } from '../access/session-cookie';
import { ATTEMPT_COOKIE } from '../access/sign-in-flow';
import { openOidcTestProvider, type OidcTestProvider } from '../testing/oidc-test-provider';
import { useTestApi, type TestApi } from '../testing/test-app';

const cookieOf = (res: LightMyRequestResponse, name: string) =>
  res.cookies.find((cookie) => cookie.name === name);

/**
 * The OpenID Connect routes against a real provider, without a browser: what the start asks for and
 * every way a callback fails. The whole sign-in runs in Chromium in e2e/sign-in-oidc.test.ts.
 */
describeEachDatabase('sign-in with OpenID Connect: start and failing callbacks', (use) => {
  let provider: OidcTestProvider | undefined;
  // Many sign-ins from one address in a minute here.
  const auth: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, signInPerMinute: 1000 };
  beforeAll(async () => {
    provider = await openOidcTestProvider();
    auth.oidc = provider.options;
    // Injected requests come from http://localhost:80.
    provider.serve('http://localhost:80/auth/oidc/callback');
  });
  afterAll(async () => {
    await provider?.close();
  });
  const api = useTestApi(use, auth);
  const get = (testApi: TestApi, url: string, cookie?: string) =>
    testApi.requestAs(cookie ? { cookie } : {}, { method: 'GET', url });

  async function start() {
    const res = await get(api, `/auth/oidc/start?neste=${encodeURIComponent('/initiativ/INI-1')}`);
    expect(res.statusCode).toBe(302);
    const authorize = new URL(String(res.headers.location));
    const state = authorize.searchParams.get('state') ?? '';
    return { res, authorize, state, cookie: `${ATTEMPT_COOKIE}=${cookieOf(res, ATTEMPT_COOKIE)?.value}` };
  }

  const lastEvent = async () => (await listAccountEvents(use(), { limit: 1 }))[0];

  it('sends the browser to the provider with code flow, PKCE S256, state and nonce, and the provider accepts it', async () => {
    const { res, authorize, state } = await start();
    expect(authorize.origin).toBe(provider?.issuer);
    const params = Object.fromEntries(authorize.searchParams);
    expect(params).toMatchObject({
      client_id: provider?.options.clientId,
      response_type: 'code',
      redirect_uri: 'http://localhost:80/auth/oidc/callback',
      code_challenge_method: 'S256',
    });
    expect(params.scope?.split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(params.nonce).toMatch(/^[\w-]{20,}$/);
    expect(state).toMatch(/^[\w-]{20,}$/);
    expect(cookieOf(res, ATTEMPT_COOKIE)).toMatchObject({
      value: state,
      httpOnly: true,
      sameSite: 'Lax',
      path: '/auth/',
    });

    // A certified provider takes the request: on to its login, not an error page.
    const atProvider = await fetch(authorize, { redirect: 'manual' });
    expect(atProvider.status).toBe(303);
    expect(atProvider.headers.get('location')).toMatch(/^\/interaction\//);
    expect(provider?.errors).toEqual([]);
  });

  it('takes a state once: an unknown or replayed one fails, and so does one from another browser', async () => {
    const unknown = await get(
      api,
      '/auth/oidc/callback?code=x&state=never-issued',
      `${ATTEMPT_COOKIE}=never-issued`,
    );
    expect([unknown.statusCode, unknown.headers.location]).toEqual([302, '/logg-inn?feil=utlopt']);
    expect(await lastEvent()).toMatchObject({
      kind: 'sign-in-failed',
      userId: null,
      actor: '127.0.0.1',
      detail: { provider: `oidc:${provider?.issuer}` },
    });

    const { state, cookie } = await start();
    const withoutCookie = await get(api, `/auth/oidc/callback?code=x&state=${state}`);
    expect(withoutCookie.headers.location).toBe('/logg-inn?feil=utlopt');

    // The provider refuses a code it never issued; the attempt is used up all the same.
    const badCode = await get(
      api,
      `/auth/oidc/callback?code=forged&state=${state}&iss=${encodeURIComponent(provider?.issuer ?? '')}`,
      cookie,
    );
    expect([badCode.statusCode, badCode.headers.location]).toEqual([302, '/logg-inn?feil=leverandor']);
    expect(cookieOf(badCode, SESSION_COOKIE)).toBeUndefined();
    expect(String((await lastEvent())?.detail.reason)).toContain('invalid_grant');

    const replay = await get(api, `/auth/oidc/callback?code=forged&state=${state}`, cookie);
    expect(replay.headers.location).toBe('/logg-inn?feil=utlopt');
  });

  it('tells a cancelled sign-in from a provider error', async () => {
    const cancelled = await start();
    const res = await get(
      api,
      `/auth/oidc/callback?error=access_denied&state=${cancelled.state}`,
      cancelled.cookie,
    );
    expect([res.statusCode, res.headers.location]).toEqual([302, '/logg-inn?feil=avbrutt']);

    const failed = await start();
    const other = await get(
      api,
      `/auth/oidc/callback?error=server_error&state=${failed.state}`,
      failed.cookie,
    );
    expect(other.headers.location).toBe('/logg-inn?feil=leverandor');
  });

  it('answers a mangled callback with a redirect, never a 5xx', async () => {
    const { state, cookie } = await start();
    for (const query of [
      '',
      '?state=',
      `?state=${state}&state=${state}`,
      '?code=%ZZ',
      `?state=${'x'.repeat(5000)}`,
    ]) {
      const res = await get(api, `/auth/oidc/callback${query}`, cookie);
      expect(res.statusCode, query).toBe(302);
      expect(res.headers.location, query).toMatch(/^\/logg-inn\?feil=/);
    }
  });

  describe('the provider cannot be reached', () => {
    const unreachable = useTestApi(use, {
      ...DEFAULT_AUTH_OPTIONS,
      oidc: { issuer: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', label: 'Borte' },
    });
    it('fails the sign-in with a redirect and an account event', async () => {
      const res = await get(unreachable, '/auth/oidc/start');
      expect([res.statusCode, res.headers.location]).toEqual([302, '/logg-inn?feil=leverandor']);
      expect(await lastEvent()).toMatchObject({
        kind: 'sign-in-failed',
        detail: { provider: 'oidc:http://127.0.0.1:9' },
      });
    });
  });
});
