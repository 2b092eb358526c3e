import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Me } from '../contracts/accounts';
import { listUsers } from '../services/accounts/users';
import { describeEachDatabase } from '../store/testing/test-database';
import { DEFAULT_AUTH_OPTIONS } from './access/auth-options';
import { logSafeUrl } from './access/log-safe-url';
import { SESSION_COOKIE } from './access/session-cookie';
import { buildApp } from './app';
import { serverLoggerOptions } from './start-server';
import { startUpSignIn } from './start-up-sign-in';
import { useTestApi } from './testing/test-app';

const LINK =
  /^Sign in \(one-time link, valid 1 hour\): (http:\/\/127\.0\.0\.1:3000)\/auth\/link\/([\w-]{43})\n$/;

describeEachDatabase('the sign-in `rodtrad serve` prints', (use) => {
  const api = useTestApi(use, DEFAULT_AUTH_OPTIONS);
  const open = (path: string) => api.requestAs({}, { method: 'GET', url: path });

  it('without a provider: a one-time link for the local administrator that signs in once', async () => {
    const printed = await startUpSignIn(use(), DEFAULT_AUTH_OPTIONS, 'http://127.0.0.1:3000');
    const secret = LINK.exec(printed)?.[2];
    expect(secret, printed).toBeDefined();

    const first = await open(`/auth/link/${secret}`);
    expect([first.statusCode, first.headers.location]).toEqual([302, '/']);
    const session = first.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
    const me = await api.requestAs(
      { cookie: `${SESSION_COOKIE}=${session?.value}` },
      { method: 'GET', url: '/api/v1/me' },
    );
    expect(me.json<Me>().user).toMatchObject({
      name: 'Lokal administrator',
      isAdmin: true,
      providers: ['local'],
    });

    const second = await open(`/auth/link/${secret}`);
    expect([second.statusCode, second.headers.location]).toEqual([302, '/logg-inn?feil=lenke']);
    expect(second.cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
  });

  it('prints a new link on every start, for the same administrator, and an unused older link still works', async () => {
    const older = LINK.exec(await startUpSignIn(use(), DEFAULT_AUTH_OPTIONS, 'http://127.0.0.1:3000'))?.[2];
    const newer = LINK.exec(await startUpSignIn(use(), DEFAULT_AUTH_OPTIONS, 'http://127.0.0.1:3000'))?.[2];
    expect(newer).toBeDefined();
    expect(newer).not.toBe(older);
    expect((await listUsers(use())).filter((user) => user.providers.includes('local'))).toHaveLength(1);
    expect((await open(`/auth/link/${newer}`)).headers.location).toBe('/');
    expect((await open(`/auth/link/${older}`)).headers.location).toBe('/');
  });

  it('links to PUBLIC_URL when it is set', async () => {
    const printed = await startUpSignIn(
      use(),
      { ...DEFAULT_AUTH_OPTIONS, publicUrl: 'https://rodtrad.example.no' },
      'http://127.0.0.1:3000',
    );
    expect(printed).toMatch(/: https:\/\/rodtrad\.example\.no\/auth\/link\/[\w-]{43}\n$/);
  });

  it('with providers: names them, prints no link and creates no local administrator', async () => {
    const before = await listUsers(use());
    const printed = await startUpSignIn(
      use(),
      {
        ...DEFAULT_AUTH_OPTIONS,
        oidc: {
          issuer: 'https://login.example.no',
          clientId: 'c',
          clientSecret: 'top-secret',
          label: 'ID-porten',
        },
        github: {
          clientId: 'g',
          clientSecret: 'also-secret',
          webUrl: 'https://github.com',
          apiUrl: 'https://api.github.com',
        },
      },
      'http://127.0.0.1:3000',
    );
    expect(printed).toBe(
      'Sign-in with ID-porten (OpenID Connect, https://login.example.no) and GitHub (https://github.com).\n',
    );
    expect(await listUsers(use())).toEqual(before);
  });

  it('keeps link secrets, callback codes, tokens and cookies out of the request log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = await buildApp({ database: use(), logger: { ...serverLoggerOptions('info'), stream } });
    try {
      const secret =
        LINK.exec(await startUpSignIn(use(), DEFAULT_AUTH_OPTIONS, 'http://127.0.0.1:3000'))?.[2] ?? '';
      const signedIn = await app.inject({ method: 'GET', url: `/auth/link/${secret}` });
      const cookie = signedIn.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
      await app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
      });
      await app.inject({ method: 'GET', url: '/auth/github/callback?code=the-code&state=the-state' });
      await app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: 'Bearer rdt_the-token' },
      });
      const log = lines.join('');
      expect(log).toContain('/auth/link/[redacted]');
      expect(log).toContain('/auth/github/callback?[redacted]');
      for (const leak of [secret, cookie, 'the-code', 'the-state', 'rdt_the-token'])
        expect(log).not.toContain(leak);
    } finally {
      await app.close();
    }
  });
});

describe('logSafeUrl', () => {
  it.each([
    ['/auth/link/abc', '/auth/link/[redacted]'],
    ['/auth/link/abc?x=1', '/auth/link/[redacted]'],
    ['/auth/oidc/callback?code=a&state=b', '/auth/oidc/callback?[redacted]'],
    ['/auth/github/start?neste=/x', '/auth/github/start?[redacted]'],
    ['/auth/oidc/start', '/auth/oidc/start'],
    ['/api/v1/orgs/demo/initiatives?status=active', '/api/v1/orgs/demo/initiatives?status=active'],
  ])('%s is logged as %s', (url, logged) => {
    expect(logSafeUrl(url)).toBe(logged);
  });
});
