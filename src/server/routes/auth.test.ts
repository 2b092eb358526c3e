import { describe, expect, it } from 'vitest';
import { createSignInLink } from '../../services/accounts/sign-in-links';
import { ensureLocalAdmin } from '../../services/accounts/users';
import { describeEachDatabase } from '../../store/testing/test-database';
import { DEFAULT_AUTH_OPTIONS } from '../access/auth-options';
import { SESSION_COOKIE } from '../access/session-cookie';
import { createTestSession, createTestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';

const cookieOf = (setCookie: string | string[] | undefined) =>
  String(setCookie ?? '').match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))?.[1] ?? '';

describeEachDatabase('signing in and out', (use) => {
  const api = useTestApi(use, { ...DEFAULT_AUTH_OPTIONS, signInPerMinute: 5 });

  describe('the one-time link', () => {
    it('signs the local administrator in once, with an HttpOnly SameSite cookie', async () => {
      const admin = await ensureLocalAdmin(use());
      const secret = await createSignInLink(use(), admin.id);
      const first = await api.requestAs({}, { method: 'GET', url: `/auth/link/${secret}` });
      expect(first.statusCode).toBe(302);
      expect(first.headers.location).toBe('/');
      const setCookie = String(first.headers['set-cookie']);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const me = await api.requestAs(
        { cookie: `${SESSION_COOKIE}=${cookieOf(first.headers['set-cookie'])}` },
        { method: 'GET', url: '/api/v1/me' },
      );
      expect(json<{ user: { isAdmin: boolean; providers: string[] } }>(me).user).toMatchObject({
        isAdmin: true,
        providers: ['local'],
      });

      const again = await api.requestAs({}, { method: 'GET', url: `/auth/link/${secret}` });
      expect(again.statusCode).toBe(302);
      expect(again.headers.location).toBe('/logg-inn?feil=lenke');
      expect(again.headers['set-cookie']).toBeUndefined();
      const events = json<{ items: { kind: string }[] }>(
        await api.request({ method: 'GET', url: '/api/v1/account-events?limit=5' }),
      );
      expect(events.items.map((e) => e.kind)).toContain('sign-in-failed');
    });

    it('is rate limited per address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push((await api.requestAs({}, { method: 'GET', url: `/auth/link/guess-${i}` })).statusCode);
      }
      expect(statuses.slice(0, 3)).toEqual([302, 302, 302]);
      expect(statuses.at(-1)).toBe(429);
      const limited = await api.requestAs({}, { method: 'GET', url: '/auth/link/one-more' });
      expect(json(limited).code).toBe('rate-limited');
      expect(limited.headers['retry-after']).toBeDefined();
    });
  });

  describe('sessions', () => {
    it('end on sign-out; the old cookie is worth nothing afterwards', async () => {
      const { user } = await createTestUser(use());
      const session = await createTestSession(use(), user.id);
      const cookie = { cookie: `${SESSION_COOKIE}=${session.cookie}` };
      const out = await api.requestAs(
        { ...cookie, 'x-csrf-token': session.csrfToken },
        { method: 'POST', url: '/api/v1/auth/sign-out' },
      );
      expect(out.statusCode).toBe(204);
      expect((await api.requestAs(cookie, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
      const page = await api.requestAs(cookie, { method: 'GET', url: '/portefolje' });
      expect(page.statusCode).toBe(302);
      expect(page.headers.location).toBe('/logg-inn?neste=%2Fportefolje');
    });

    it('end everywhere at once', async () => {
      const { user } = await createTestUser(use());
      const laptop = await createTestSession(use(), user.id);
      const phone = await createTestSession(use(), user.id);
      const res = await api.requestAs(
        { cookie: `${SESSION_COOKIE}=${laptop.cookie}`, 'x-csrf-token': laptop.csrfToken },
        { method: 'POST', url: '/api/v1/auth/sign-out-everywhere' },
      );
      expect(json(res)).toEqual({ endedSessions: 2 });
      const fromPhone = await api.requestAs(
        { cookie: `${SESSION_COOKIE}=${phone.cookie}` },
        { method: 'GET', url: '/api/v1/me' },
      );
      expect(fromPhone.statusCode).toBe(401);
    });

    it('expire when unused for too long', async () => {
      const { user } = await createTestUser(use());
      const session = await createTestSession(use(), user.id);
      await use().query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
        user.id,
      ]);
      const res = await api.requestAs(
        { cookie: `${SESSION_COOKIE}=${session.cookie}` },
        { method: 'GET', url: '/api/v1/me' },
      );
      expect(res.statusCode).toBe(401);
    });
  });

  it('tells the sign-in page what it offers: the local link when no provider is configured', async () => {
    const res = await api.requestAs({}, { method: 'GET', url: '/api/v1/auth/options' });
    expect(json(res)).toEqual({ oidc: null, github: false, localLink: true });
  });
});
