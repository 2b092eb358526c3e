import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../contracts/accounts';
import { listAccountEvents } from '../../services/accounts/account-events';
import { listUsers } from '../../services/accounts/users';
import { describeEachDatabase } from '../../store/testing/test-database';
import { DEFAULT_AUTH_OPTIONS, type AuthOptions } from '../access/auth-options';
import { SESSION_COOKIE } from '../access/session-cookie';
import { ATTEMPT_COOKIE, safeReturnTo } from '../access/sign-in-flow';
import { startFakeGithubOauth, type FakeGithubOauth } from '../testing/fake-github-oauth';
import { useTestApi, type TestApi } from '../testing/test-app';

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

const cookieOf = (res: LightMyRequestResponse, name: string) =>
  res.cookies.find((cookie) => cookie.name === name);
const pathOf = (url: string) => {
  const parsed = new URL(url, 'http://localhost');
  return `${parsed.pathname}${parsed.search}`;
};

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/portefolje?fane=veikart#topp', '/portefolje?fane=veikart#topp'],
    ['/initiativ/INI-1', '/initiativ/INI-1'],
    ['/a/../b', '/b'],
  ])('keeps the path %s on this site', (neste, expected) => {
    expect(safeReturnTo(neste)).toBe(expected);
  });

  it.each([
    'https://evil.example/x',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'portefolje',
    '/\t/evil.example',
    '',
    undefined,
    ['/a', '/b'],
    `/${'a'.repeat(3000)}`,
  ])('sends %j to the front page instead', (neste) => {
    expect(safeReturnTo(neste)).toBe('/');
  });
});

describeEachDatabase('sign-in with GitHub', (use) => {
  let github: FakeGithubOauth | undefined;
  // Many sign-ins from one address in a minute here; the limit itself is tested below.
  const auth: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, signInPerMinute: 1000 };
  const limitedAuth: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, signInPerMinute: 2 };
  beforeAll(async () => {
    github = await startFakeGithubOauth();
    auth.github = github.options;
    limitedAuth.github = github.options;
  });
  afterAll(async () => {
    await github?.close();
  });
  const fake = () => {
    if (!github) throw new Error('the fake GitHub did not start');
    return github;
  };
  // Built after the fake starts (beforeAll hooks run in order), with the options object it filled in.
  const api = useTestApi(use, auth);

  const get = (testApi: TestApi, url: string, cookie?: string) =>
    testApi.requestAs(cookie ? { cookie } : {}, { method: 'GET', url });

  /** Start → GitHub approves → the callback, as a browser would go. */
  async function signIn(neste?: string) {
    const start = await get(
      api,
      `/auth/github/start${neste === undefined ? '' : `?neste=${encodeURIComponent(neste)}`}`,
    );
    expect(start.statusCode).toBe(302);
    const bound = cookieOf(start, ATTEMPT_COOKIE);
    const callback = await fake().authorize(String(start.headers.location));
    const done = await get(api, pathOf(callback), `${ATTEMPT_COOKIE}=${bound?.value}`);
    return { start, bound, callback, done };
  }

  const meWith = (res: LightMyRequestResponse) =>
    get(api, '/api/v1/me', `${SESSION_COOKIE}=${cookieOf(res, SESSION_COOKIE)?.value}`);

  it('signs in with the web flow and PKCE, takes the primary verified e-mail, and goes where asked', async () => {
    fake().user = { id: 4242, login: 'kari-n', name: 'Kari Nordmann', email: null };
    const exchangesBefore = fake().exchanges.length;
    const { start, bound, callback, done } = await signIn('/portefolje?fane=veikart');

    const authorize = new URL(String(start.headers.location));
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${fake().options.webUrl}/login/oauth/authorize`);
    const params = authorize.searchParams;
    expect(params.get('client_id')).toBe(fake().options.clientId);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('redirect_uri')).toMatch(/^http:\/\/[^/]+\/auth\/github\/callback$/);
    expect(bound).toMatchObject({
      value: params.get('state'),
      httpOnly: true,
      sameSite: 'Lax',
      path: '/auth/',
    });

    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/portefolje?fane=veikart');
    expect(cookieOf(done, SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    // The exchange carried the verifier whose S256 is the challenge GitHub was shown, and asked for JSON.
    const exchanges = fake().exchanges.slice(exchangesBefore);
    expect(exchanges).toHaveLength(1);
    const [exchange] = exchanges;
    expect(exchange?.error).toBeNull();
    expect(exchange?.acceptJson).toBe(true);
    expect(exchange?.redirectUri).toBe(params.get('redirect_uri'));
    expect(s256(exchange?.codeVerifier ?? '')).toBe(params.get('code_challenge'));
    expect(fake().challenges.get(new URL(callback).searchParams.get('code') ?? '')).toBe(
      params.get('code_challenge'),
    );

    const me = await meWith(done);
    expect(me.statusCode).toBe(200);
    const { user } = me.json<Me>();
    expect([user.name, user.email, user.providers]).toEqual(['Kari Nordmann', 'kari@example.no', ['github']]);
    const events = await listAccountEvents(use(), { userId: user.id, limit: 10 });
    expect(events.map((event) => [event.kind, event.detail.provider])).toEqual(
      expect.arrayContaining([
        ['user-created', 'github'],
        ['sign-in', 'github'],
      ]),
    );
  });

  it('creates the account once and reuses it; the name and e-mail follow GitHub', async () => {
    fake().user = { id: 777001, login: 'ola', name: null, email: 'ola@example.no' };
    const before = (await listUsers(use())).length;
    const first = (await meWith((await signIn()).done)).json<Me>().user;
    expect([first.name, first.email]).toEqual(['ola', 'ola@example.no']);

    fake().user = { id: 777001, login: 'ola-renamed', name: 'Ola Nordmann', email: 'ola.n@example.no' };
    const second = (await meWith((await signIn()).done)).json<Me>().user;
    expect(second.id).toBe(first.id);
    expect([second.name, second.email]).toEqual(['Ola Nordmann', 'ola.n@example.no']);
    expect((await listUsers(use())).length).toBe(before + 1);
  });

  it('replaces the session a browser already had when it signs in again', async () => {
    fake().user = { id: 777002, login: 'per', name: 'Per', email: null };
    const { done: first } = await signIn();
    const oldCookie = `${SESSION_COOKIE}=${cookieOf(first, SESSION_COOKIE)?.value}`;
    const start = await get(api, '/auth/github/start', oldCookie);
    const callback = await fake().authorize(String(start.headers.location));
    const again = await get(
      api,
      pathOf(callback),
      `${oldCookie}; ${ATTEMPT_COOKIE}=${cookieOf(start, ATTEMPT_COOKIE)?.value}`,
    );
    expect(again.headers.location).toBe('/');
    expect((await meWith(again)).statusCode).toBe(200);
    expect((await get(api, '/api/v1/me', oldCookie)).statusCode).toBe(401);
  });

  it('refuses a state that does not match, one started in another browser, and a replay', async () => {
    const exchangesBefore = fake().exchanges.length;
    const failuresBefore = (await listAccountEvents(use(), { limit: 500 })).filter(
      (e) => e.kind === 'sign-in-failed',
    ).length;
    const mine = await get(api, '/auth/github/start');
    const cookie = `${ATTEMPT_COOKIE}=${cookieOf(mine, ATTEMPT_COOKIE)?.value}`;
    const callback = new URL(await fake().authorize(String(mine.headers.location)));

    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'not-the-state-we-sent');
    const mismatch = await get(api, pathOf(tampered.href), cookie);
    expect([mismatch.statusCode, mismatch.headers.location]).toEqual([302, '/logg-inn?feil=utlopt']);
    expect(cookieOf(mismatch, SESSION_COOKIE)).toBeUndefined();

    // The right state, but not from this browser (no binding cookie): someone else's sign-in.
    const foreign = await get(api, pathOf(callback.href));
    expect([foreign.statusCode, foreign.headers.location]).toEqual([302, '/logg-inn?feil=utlopt']);
    expect(fake().exchanges.length).toBe(exchangesBefore);

    const ok = await get(api, pathOf(callback.href), cookie);
    expect(ok.headers.location).toBe('/');
    expect(cookieOf(ok, SESSION_COOKIE)).toBeDefined();
    const replay = await get(api, pathOf(callback.href), cookie);
    expect([replay.statusCode, replay.headers.location]).toEqual([302, '/logg-inn?feil=utlopt']);
    expect(cookieOf(replay, SESSION_COOKIE)).toBeUndefined();
    expect(fake().exchanges.length).toBe(exchangesBefore + 1);

    const failures = (await listAccountEvents(use(), { limit: 500 })).filter(
      (e) => e.kind === 'sign-in-failed',
    );
    expect(failures.length - failuresBefore).toBe(3);
    expect(failures[0]?.detail).toMatchObject({ provider: 'github' });
  });

  it('fails without a 5xx when GitHub refuses the code or the person cancels', async () => {
    const start = await get(api, '/auth/github/start');
    const cookie = `${ATTEMPT_COOKIE}=${cookieOf(start, ATTEMPT_COOKIE)?.value}`;
    const callback = new URL(await fake().authorize(String(start.headers.location)));
    callback.searchParams.set('code', 'a-code-github-never-issued');
    const refused = await get(api, pathOf(callback.href), cookie);
    expect([refused.statusCode, refused.headers.location]).toEqual([302, '/logg-inn?feil=leverandor']);
    const [event] = await listAccountEvents(use(), { limit: 1 });
    expect(event).toMatchObject({ kind: 'sign-in-failed', userId: null, detail: { provider: 'github' } });
    expect(String(event?.detail.reason)).toContain('bad_verification_code');
    expect(String(event?.detail.reason)).not.toContain(fake().options.clientSecret);

    fake().deny = true;
    try {
      const again = await get(api, '/auth/github/start');
      const denied = await fake().authorize(String(again.headers.location));
      const res = await get(
        api,
        pathOf(denied),
        `${ATTEMPT_COOKIE}=${cookieOf(again, ATTEMPT_COOKIE)?.value}`,
      );
      expect([res.statusCode, res.headers.location]).toEqual([302, '/logg-inn?feil=avbrutt']);
    } finally {
      fake().deny = false;
    }
  });

  it('never sends anyone off the site after signing in', async () => {
    for (const neste of [
      'https://evil.example/x',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const { done } = await signIn(neste);
      expect(done.headers.location).toBe('/');
    }
  });

  describe('GitHub cannot be reached', () => {
    const unreachable = useTestApi(use, {
      ...DEFAULT_AUTH_OPTIONS,
      github: {
        clientId: 'x',
        clientSecret: 'y',
        webUrl: 'http://127.0.0.1:9',
        apiUrl: 'http://127.0.0.1:9',
      },
    });
    it('fails the sign-in, not the server', async () => {
      const start = await get(unreachable, '/auth/github/start');
      const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
      const res = await get(
        unreachable,
        `/auth/github/callback?code=abc&state=${state}`,
        `${ATTEMPT_COOKIE}=${cookieOf(start, ATTEMPT_COOKIE)?.value}`,
      );
      expect([res.statusCode, res.headers.location]).toEqual([302, '/logg-inn?feil=leverandor']);
    });
  });

  describe('sign-in rate limit', () => {
    const limited = useTestApi(use, limitedAuth);
    it('answers 429 problem+json past the limit, also to a browser without a token', async () => {
      expect((await get(limited, '/auth/github/start')).statusCode).toBe(302);
      expect((await get(limited, '/auth/github/start')).statusCode).toBe(302);
      const third = await get(limited, '/auth/github/start');
      expect(third.statusCode).toBe(429);
      expect(third.headers['content-type']).toContain('application/problem+json');
      expect(third.json()).toMatchObject({ code: 'rate-limited' });
    });
  });
});

describeEachDatabase('sign-in with a provider that is not configured', (use) => {
  const api = useTestApi(use, DEFAULT_AUTH_OPTIONS);
  it.each([
    '/auth/github/start',
    '/auth/github/callback?code=a&state=b',
    '/auth/oidc/start',
    '/auth/oidc/callback?code=a&state=b',
  ])('%s sends the person back to the sign-in page', async (url) => {
    const res = await api.requestAs({}, { method: 'GET', url });
    expect([res.statusCode, res.headers.location]).toEqual([302, '/logg-inn?feil=ikke-konfigurert']);
  });
});
