import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Me } from '../src/contracts/accounts';
import { listAccountEvents } from '../src/services/accounts/account-events';
import { buildApp } from '../src/server/app';
import { DEFAULT_AUTH_OPTIONS } from '../src/server/access/auth-options';
import { ATTEMPT_COOKIE } from '../src/server/access/sign-in-flow';
import { SESSION_COOKIE } from '../src/server/access/session-cookie';
import {
  openOidcTestProvider,
  testClaimsOf,
  type OidcTestProvider,
} from '../src/server/testing/oidc-test-provider';
import { openTestDatabase } from '../src/store/testing/test-database';
import { describeInBrowser, launchChromium } from './support/chromium';

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

/**
 * Sign-in with OpenID Connect, end to end: Chromium, our server, and a real certified provider
 * (oidc-provider) on 127.0.0.1. No web build and no demo data: the flow ends on an API address.
 */
describeInBrowser('sign-in with OpenID Connect', () => {
  let provider: OidcTestProvider | undefined;
  let database: TestDatabase | undefined;
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  let url = '';
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [provider, database, browser] = await Promise.all([
      openOidcTestProvider(),
      openTestDatabase('pglite'),
      launchChromium(),
    ]);
    app = await buildApp({ database, auth: { ...DEFAULT_AUTH_OPTIONS, oidc: provider.options } });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    provider.serve(`${url}/auth/oidc/callback`);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
    await provider?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    expect(provider?.errors, 'errors in the provider').toEqual([]);
  });

  async function newPage(): Promise<Page> {
    if (!browser) throw new Error('the browser did not start');
    const context = await browser.newContext({ locale: 'nb-NO' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  /**
   * Through the provider's development login (any login and password) and, when it asks, its consent
   * page; the caller waits for the way back.
   */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.waitForURL((address) => address.origin === provider?.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('hva som helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    const asked = consent.waitFor().then(
      () => true,
      () => false,
    );
    const returned = page
      .waitForURL((address) => address.origin === url, { waitUntil: 'commit' })
      .then(
        () => false,
        () => false,
      );
    if (await Promise.race([asked, returned])) await consent.click();
  }

  const me = (page: Page) =>
    page.evaluate(async () => {
      const response = await fetch('/api/v1/me');
      return { status: response.status, body: (await response.json()) as unknown };
    });

  it('signs in with code + PKCE, lands where asked, and the stolen cookie is worthless after sign-out', async () => {
    if (!provider || !database) throw new Error('not started');
    const issuer = provider.issuer;
    const page = await newPage();
    const callbacks: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${url}/auth/oidc/callback`)) callbacks.push(request.url());
    });
    let authorizeUrl: URL | undefined;
    page.on('request', (request) => {
      if (request.url().startsWith(`${provider?.issuer}/auth?`)) authorizeUrl = new URL(request.url());
    });

    // What the sign-in page links to; `neste` is where the person was going.
    await page.goto(`${url}/auth/oidc/start?neste=${encodeURIComponent('/api/v1/me?fra=innlogging')}`);
    await signInAtProvider(page, 'kari');
    await page.waitForURL(`${url}/api/v1/me?fra=innlogging`);

    expect(authorizeUrl?.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl?.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorizeUrl?.searchParams.get('nonce')).toBeTruthy();
    expect(authorizeUrl?.searchParams.get('state')).toBeTruthy();
    expect(authorizeUrl?.searchParams.get('redirect_uri')).toBe(`${url}/auth/oidc/callback`);

    const signedIn = await me(page);
    expect(signedIn.status).toBe(200);
    const { user, via, csrfToken } = signedIn.body as Me;
    const claims = testClaimsOf('kari');
    expect({ name: user.name, email: user.email, providers: user.providers, via }).toEqual({
      name: claims.name,
      email: claims.email,
      providers: [`oidc:${provider.issuer}`],
      via: 'session',
    });

    const cookies = await page.context().cookies(url);
    const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
    expect(cookies.map((cookie) => cookie.name)).not.toContain(ATTEMPT_COOKIE);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    const events = await listAccountEvents(database, { userId: user.id, limit: 20 });
    expect(events.map((event) => [event.kind, event.detail.provider])).toEqual(
      expect.arrayContaining([
        ['user-created', `oidc:${provider.issuer}`],
        ['sign-in', `oidc:${provider.issuer}`],
      ]),
    );

    // The callback address once more (history, a proxy log, a shared link), even with the browser
    // binding put back: its state is used up.
    expect(callbacks).toHaveLength(1);
    const callback = new URL(callbacks[0] ?? '');
    const state = callback.searchParams.get('state') ?? '';
    await page.context().addCookies([{ name: ATTEMPT_COOKIE, value: state, url: `${url}/auth/` }]);
    const replay = await page.goto(callback.href);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/logg-inn?feil=utlopt');
    expect(replay?.status()).toBeLessThan(500);
    const failures = await listAccountEvents(database, { limit: 50 });
    expect(
      failures.some(
        (event) =>
          event.kind === 'sign-in-failed' &&
          event.detail.provider === `oidc:${issuer}` &&
          event.detail.reason === 'unknown, used or expired state',
      ),
    ).toBe(true);

    // Sign out; the old cookie value (as a thief would have copied it) is refused.
    const signOut = await page.evaluate(async (token) => {
      const response = await fetch('/api/v1/auth/sign-out', {
        method: 'POST',
        headers: { 'x-csrf-token': token ?? '' },
      });
      return response.status;
    }, csrfToken);
    expect(signOut).toBe(204);
    expect((await me(page)).status).toBe(401);
    const stolen = await fetch(`${url}/api/v1/me`, {
      headers: { cookie: `${SESSION_COOKIE}=${session?.value}` },
    });
    expect(stolen.status).toBe(401);
    expect(stolen.headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs the same person in to the same account the next time', async () => {
    if (!database) throw new Error('not started');
    const first = await newPage();
    await first.goto(`${url}/auth/oidc/start`);
    await signInAtProvider(first, 'ola');
    await first.waitForURL(`${url}/`);
    const second = await newPage();
    await second.goto(`${url}/auth/oidc/start`);
    await signInAtProvider(second, 'ola');
    await second.waitForURL(`${url}/`);
    const [a, b] = [(await me(first)).body as Me, (await me(second)).body as Me];
    expect(a.user.id).toBe(b.user.id);
    expect(a.csrfToken).not.toBe(b.csrfToken);
  });

  it('signs in only the browser that started the sign-in (no login CSRF), without a 5xx', async () => {
    if (!provider) throw new Error('not started');
    // The attacker starts a sign-in, and keeps the browser binding to himself for now…
    const attacker = await newPage();
    let callback = '';
    attacker.on('request', (request) => {
      if (request.url().startsWith(`${url}/auth/oidc/callback`)) callback = request.url();
    });
    await attacker.goto(`${url}/auth/oidc/start`);
    const binding = (await attacker.context().cookies(`${url}/auth/`)).find((c) => c.name === ATTEMPT_COOKIE);
    expect(binding?.value).toBeTruthy();
    await attacker.context().clearCookies({ name: ATTEMPT_COOKIE });
    await signInAtProvider(attacker, 'angriper');
    await attacker.waitForURL(`${url}/logg-inn?feil=utlopt`);
    expect(callback).toContain('code=');

    // …and sends the victim his callback: the victim is not signed in to the attacker's account.
    const victim = await newPage();
    const answer = await victim.goto(callback);
    expect(answer?.status()).toBeLessThan(500);
    expect(new URL(victim.url()).search).toBe('?feil=utlopt');
    expect((await me(victim)).status).toBe(401);

    // The same callback in the browser that holds the binding works: the binding alone refused it.
    await attacker
      .context()
      .addCookies([{ name: ATTEMPT_COOKIE, value: binding?.value ?? '', url: `${url}/auth/` }]);
    await attacker.goto(callback);
    await attacker.waitForURL(`${url}/`);
    expect(((await me(attacker)).body as Me).user.name).toBe(testClaimsOf('angriper').name);
  });
});
