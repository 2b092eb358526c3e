import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createTestSession, createTestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';
import { browser, expectProblem } from './attack-kit';

/**
 * Someone copied a session cookie (or a token). Once its owner signs out, signs out everywhere or is
 * disabled, the copy must be worth nothing: 401 on the API, the sign-in page for pages.
 */
describeEachDatabase('attack: a stolen session after sign-out', (use) => {
  const api = useTestApi(use);

  const asBrowser = (cookie: string, url: string) => api.requestAs(browser(cookie), { method: 'GET', url });

  /** The stolen cookie opens nothing: the API says 401, a page sends it to the sign-in page. */
  async function expectDead(cookie: string): Promise<void> {
    for (const url of ['/api/v1/me', '/api/v1/orgs', '/api/v1/me/tokens']) {
      expectProblem(await asBrowser(cookie, url), 401, 'unauthorised');
    }
    const page = await asBrowser(cookie, '/portefolje?fane=saker');
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe(`/logg-inn?neste=${encodeURIComponent('/portefolje?fane=saker')}`);
  }

  it('a copied cookie stops working once its session signs out', async () => {
    const { user } = await createTestUser(use(), { name: 'Signerer ut' });
    const session = await createTestSession(use(), user.id);
    const stolen = session.cookie;
    expect((await asBrowser(stolen, '/api/v1/me')).statusCode).toBe(200);

    const signOut = await api.requestAs(browser(session.cookie, { 'x-csrf-token': session.csrfToken }), {
      method: 'POST',
      url: '/api/v1/auth/sign-out',
    });
    expect(signOut.statusCode).toBe(204);
    expect(String(signOut.headers['set-cookie'])).toMatch(/rodtrad_session=;/);
    await expectDead(stolen);
    // Nor can the copy write with the CSRF token it had.
    const write = await api.requestAs(browser(stolen, { 'x-csrf-token': session.csrfToken }), {
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'Etter utlogging', scope: 'admin' },
    });
    expectProblem(write, 401, 'unauthorised');
  });

  it('"sign out everywhere" ends every session of the user, and no other user\'s', async () => {
    const { user } = await createTestUser(use(), { name: 'To nettlesere' });
    const laptop = await createTestSession(use(), user.id);
    const phone = await createTestSession(use(), user.id);
    const bystander = await createTestSession(
      use(),
      (await createTestUser(use(), { name: 'Uberørt' })).user.id,
    );

    const res = await api.requestAs(browser(laptop.cookie, { 'x-csrf-token': laptop.csrfToken }), {
      method: 'POST',
      url: '/api/v1/auth/sign-out-everywhere',
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ endedSessions: 2 });
    await expectDead(laptop.cookie);
    await expectDead(phone.cookie);
    expect((await asBrowser(bystander.cookie, '/api/v1/me')).statusCode).toBe(200);
  });

  it("a disabled user's sessions and tokens stop working at once", async () => {
    const { user, token } = await createTestUser(use(), { name: 'Skal sperres', scope: 'write' });
    const session = await createTestSession(use(), user.id);
    expect((await api.requestAs(bearer(token), { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);

    const disable = await api.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    expect(json(disable)).toMatchObject({ id: user.id, disabled: true });

    await expectDead(session.cookie);
    expectProblem(
      await api.requestAs(bearer(token), { method: 'GET', url: '/api/v1/me' }),
      401,
      'unauthorised',
    );
    // Enabling the account again does not bring the ended session back.
    await api.request({ method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { disabled: false } });
    await expectDead(session.cookie);
  });

  it('a made-up or tampered cookie is no session', async () => {
    const { user } = await createTestUser(use(), { name: 'Ekte' });
    const { cookie } = await createTestSession(use(), user.id);
    const tampered = `${cookie.slice(0, -1)}${cookie.endsWith('A') ? 'B' : 'A'}`;
    for (const fake of [tampered, 'x', "' OR '1'='1", 'a'.repeat(4000)]) {
      await expectDead(encodeURIComponent(fake));
    }
  });
});
