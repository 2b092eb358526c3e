import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { createTestSession, createTestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';
import { SAME_ORIGIN, browser, expectProblem } from './attack-kit';

/**
 * Another site makes the victim's browser send a write with the session cookie: it can set neither
 * the x-csrf-token header (it cannot read GET /api/v1/me) nor hide its own Origin.
 */
describeEachDatabase('attack: CSRF from another origin', (use) => {
  const api = useTestApi(use);
  let org = '';
  let session = { cookie: '', csrfToken: '' };

  beforeAll(async () => {
    org = await api.freshOrg();
    const admin = await createTestUser(use(), { name: 'Offer', isAdmin: true });
    session = await createTestSession(use(), admin.user.id);
  });

  const peopleUrl = () => `/api/v1/orgs/${org}/people`;
  const namesInOrg = async () =>
    json<{ items: { name: string }[] }>(await api.request({ method: 'GET', url: peopleUrl() })).items.map(
      (p) => p.name,
    );
  const write = (name: string, headers: Record<string, string>) =>
    api.requestAs(browser(session.cookie, headers), { method: 'POST', url: peopleUrl(), payload: { name } });

  /** Each forgery, given the session's real CSRF token: it must fail on its other headers alone. */
  const forged: [string, (token: string) => Record<string, string>][] = [
    ['an Origin of another site', () => ({ origin: 'https://evil.example' })],
    [
      'an Origin of another site and the right token',
      (t) => ({ origin: 'https://evil.example', 'x-csrf-token': t }),
    ],
    [
      'an Origin that only starts like ours',
      (t) => ({ origin: `${SAME_ORIGIN}.evil.example`, 'x-csrf-token': t }),
    ],
    [
      'our host on another scheme',
      (t) => ({ origin: SAME_ORIGIN.replace('http:', 'https:'), 'x-csrf-token': t }),
    ],
    ['Origin "null" (a sandboxed frame)', (t) => ({ origin: 'null', 'x-csrf-token': t })],
    [
      'Sec-Fetch-Site: cross-site and the right token',
      (t) => ({ 'sec-fetch-site': 'cross-site', 'x-csrf-token': t }),
    ],
    ['no x-csrf-token header', () => ({ origin: SAME_ORIGIN })],
    ['an empty x-csrf-token', () => ({ origin: SAME_ORIGIN, 'x-csrf-token': '' })],
    ['a wrong x-csrf-token', () => ({ origin: SAME_ORIGIN, 'x-csrf-token': 'guessed-token-value' })],
    ['no Origin and no token', () => ({})],
  ];

  for (const [what, headersWith] of forged) {
    it(`refuses a cookie write with ${what}: 403 csrf-failed, nothing stored`, async () => {
      const name = `Forfalsket: ${what}`;
      expectProblem(await write(name, headersWith(session.csrfToken)), 403, 'csrf-failed');
      expect(await namesInOrg()).not.toContain(name);
    });
  }

  it("refuses another session's CSRF token", async () => {
    const other = await createTestUser(use(), { name: 'Angriper', isAdmin: true });
    const attackerSession = await createTestSession(use(), other.user.id);
    const res = await write('Lånt token', { origin: SAME_ORIGIN, 'x-csrf-token': attackerSession.csrfToken });
    expectProblem(res, 403, 'csrf-failed');
    expect(await namesInOrg()).not.toContain('Lånt token');
  });

  it('refuses an update and a delete the same way, and the row stays as it was', async () => {
    const created = await api.request({ method: 'POST', url: peopleUrl(), payload: { name: 'Uendret' } });
    const { id } = json<{ id: string }>(created);
    const evil = { origin: 'https://evil.example', 'if-match': '"v1"' };
    const patch = await api.requestAs(browser(session.cookie, evil), {
      method: 'PATCH',
      url: `${peopleUrl()}/${id}`,
      payload: { name: 'Endret av angriper' },
    });
    expectProblem(patch, 403, 'csrf-failed');
    const del = await api.requestAs(browser(session.cookie, evil), {
      method: 'DELETE',
      url: `${peopleUrl()}/${id}`,
    });
    expectProblem(del, 403, 'csrf-failed');
    const read = await api.request({ method: 'GET', url: `${peopleUrl()}/${id}` });
    expect(json(read)).toMatchObject({ name: 'Uendret', version: 1 });
  });

  it('refuses a forged sign-out and a forged token creation', async () => {
    const signOut = await api.requestAs(browser(session.cookie, { origin: 'https://evil.example' }), {
      method: 'POST',
      url: '/api/v1/auth/sign-out',
    });
    expectProblem(signOut, 403, 'csrf-failed');
    const token = await api.requestAs(browser(session.cookie), {
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'Stjålet', scope: 'admin' },
    });
    expectProblem(token, 403, 'csrf-failed');
    // The session still works: the forged sign-out did not end it.
    const me = await api.requestAs(browser(session.cookie), { method: 'GET', url: '/api/v1/me' });
    expect(me.statusCode).toBe(200);
    expect(json<{ via: string }>(me).via).toBe('session');
  });

  it('refuses what a cross-site HTML form can send, and stores nothing', async () => {
    const forms: [string, string][] = [
      ['application/x-www-form-urlencoded', 'name=Skjema'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nSkjema\r\n--x--\r\n',
      ],
      ['text/plain', '{"name":"Skjema"}'],
    ];
    for (const [contentType, payload] of forms) {
      // What the form sends: the cookie, its own Origin, no token.
      const crossSite = await api.requestAs(
        browser(session.cookie, { 'content-type': contentType, origin: 'https://evil.example' }),
        { method: 'POST', url: peopleUrl(), payload },
      );
      expectProblem(crossSite, 403, 'csrf-failed');
      // Even with the right token and origin, the API does not take a form body.
      const withToken = await api.requestAs(
        browser(session.cookie, {
          'content-type': contentType,
          origin: SAME_ORIGIN,
          'x-csrf-token': session.csrfToken,
        }),
        { method: 'POST', url: peopleUrl(), payload },
      );
      expectProblem(withToken, 415, 'unsupported-media-type');
    }
    expect(await namesInOrg()).not.toContain('Skjema');
  });

  it('accepts the same write from this application: right token, same origin', async () => {
    const sameOrigin = await write('Ekte skriving', {
      origin: SAME_ORIGIN,
      'x-csrf-token': session.csrfToken,
    });
    expect(sameOrigin.statusCode).toBe(201);
    // A browser that sends no Origin on a same-origin request still needs only the token.
    const noOrigin = await write('Uten Origin', {
      'x-csrf-token': session.csrfToken,
      'sec-fetch-site': 'same-origin',
    });
    expect(noOrigin.statusCode).toBe(201);
    expect(await namesInOrg()).toEqual(expect.arrayContaining(['Ekte skriving', 'Uten Origin']));
  });
});
