import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember, createTestSession, createTestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';

type Token = { id: string; prefix: string; scope: string; revokedAt: string | null };
type Event = { kind: string; userId: string | null; detail: Record<string, unknown> };

describeEachDatabase('accounts API', (use) => {
  const api = useTestApi(use);
  const events = async (userId: string) =>
    json<{ items: Event[] }>(
      await api.request({ method: 'GET', url: `/api/v1/account-events?userId=${userId}` }),
    ).items;

  describe('API tokens', () => {
    it('are shown once, listed without the secret, scoped, and dead once revoked', async () => {
      const { user, token: adminScoped } = await createTestUser(use(), { name: 'Tove Token' });
      const created = await api.requestAs(bearer(adminScoped), {
        method: 'POST',
        url: '/api/v1/me/tokens',
        payload: { name: 'CI', scope: 'read', expiresInDays: 30 },
      });
      expect(created.statusCode).toBe(201);
      const { token, apiToken } = json<{ token: string; apiToken: Token }>(created);
      expect(token).toMatch(/^rdt_/);
      expect(token.startsWith(apiToken.prefix)).toBe(true);

      const list = await api.requestAs(bearer(token), { method: 'GET', url: '/api/v1/me/tokens' });
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(token);
      expect(
        json<{ items: Token[] }>(list)
          .items.map((t) => t.scope)
          .sort(),
      ).toEqual(['admin', 'read']);

      // A read token reads, but neither writes nor makes tokens.
      const org = await api.freshOrg();
      const write = await api.requestAs(bearer(token), {
        method: 'POST',
        url: `/api/v1/orgs/${org}/initiatives`,
        payload: { title: 'x' },
      });
      expect(write.statusCode).toBe(403);
      const more = await api.requestAs(bearer(token), {
        method: 'POST',
        url: '/api/v1/me/tokens',
        payload: { name: 'x', scope: 'admin' },
      });
      expect(more.statusCode).toBe(403);

      const revoked = await api.requestAs(bearer(adminScoped), {
        method: 'DELETE',
        url: `/api/v1/me/tokens/${apiToken.id}`,
      });
      expect(json<Token>(revoked).revokedAt).not.toBeNull();
      const dead = await api.requestAs(bearer(token), { method: 'GET', url: '/api/v1/me' });
      expect(dead.statusCode).toBe(401);
      expect(json(dead).code).toBe('unauthorised');
      expect((await events(user.id)).map((e) => e.kind)).toEqual(
        expect.arrayContaining(['token-created', 'token-revoked']),
      );
    });

    it('cannot revoke another user’s token', async () => {
      const a = await createTestUser(use());
      const b = await createTestUser(use());
      const tokenOfB = json<{ items: Token[] }>(
        await api.requestAs(bearer(b.token), { method: 'GET', url: '/api/v1/me/tokens' }),
      ).items[0];
      const res = await api.requestAs(bearer(a.token), {
        method: 'DELETE',
        url: `/api/v1/me/tokens/${tokenOfB?.id}`,
      });
      expect(res.statusCode).toBe(404);
      expect((await api.requestAs(bearer(b.token), { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(
        200,
      );
    });
  });

  describe('the signed-in user', () => {
    it('answers who they are, their memberships, and a CSRF token for a browser session only', async () => {
      const org = await api.freshOrg();
      const member = await createMember(use(), org, 'portfolio-office', { name: 'Pia Portefølje' });
      const viaToken = json<{
        user: { name: string };
        memberships: { orgSlug: string; role: string }[];
        via: string;
        csrfToken: string | null;
      }>(await api.requestAs(bearer(member.token), { method: 'GET', url: '/api/v1/me' }));
      expect(viaToken).toMatchObject({ user: { name: 'Pia Portefølje' }, via: 'token', csrfToken: null });
      expect(viaToken.memberships).toEqual([
        expect.objectContaining({ orgSlug: org, role: 'portfolio-office' }),
      ]);

      const session = await createTestSession(use(), member.user.id);
      const viaCookie = json<{ via: string; csrfToken: string }>(
        await api.requestAs(
          { cookie: `rodtrad_session=${session.cookie}` },
          { method: 'GET', url: '/api/v1/me' },
        ),
      );
      expect(viaCookie).toEqual(expect.objectContaining({ via: 'session', csrfToken: session.csrfToken }));
    });

    it('tells the client what the role may do in the organisation', async () => {
      const org = await api.freshOrg();
      const reader = await createMember(use(), org, 'reader');
      const access = json<{ role: string; permissions: Record<string, string> }>(
        await api.requestAs(bearer(reader.token), { method: 'GET', url: `/api/v1/orgs/${org}/access` }),
      );
      expect(access.role).toBe('reader');
      expect(access.permissions).toMatchObject({
        'organisation.read': 'yes',
        'initiative.propose': 'no',
        'members.manage': 'no',
      });
    });
  });

  describe('memberships and users', () => {
    it('gives a signed-in non-member the organisation’s default role, and none when it is closed', async () => {
      const org = await api.freshOrg();
      const outsider = await createTestUser(use());
      const asOutsider = () =>
        api.requestAs(bearer(outsider.token), { method: 'GET', url: `/api/v1/orgs/${org}/access` });
      expect(json<{ role: string }>(await asOutsider()).role).toBe('contributor');
      await api.request({ method: 'PATCH', url: `/api/v1/orgs/${org}`, payload: { defaultRole: 'none' } });
      expect((await asOutsider()).statusCode).toBe(403);
      const orgs = json<{ items: { slug: string }[] }>(
        await api.requestAs(bearer(outsider.token), { method: 'GET', url: '/api/v1/orgs' }),
      );
      expect(orgs.items.map((o) => o.slug)).not.toContain(org);
    });

    it('changes roles, links the person, and logs who did it', async () => {
      const org = await api.freshOrg();
      const person = json<{ id: string }>(
        await api.request({
          method: 'POST',
          url: `/api/v1/orgs/${org}/people`,
          payload: { name: 'Lise Leder' },
        }),
      );
      const user = await createTestUser(use(), { name: 'Lise Leder' });
      const res = await api.request({
        method: 'PUT',
        url: `/api/v1/orgs/${org}/members/${user.user.id}`,
        payload: { role: 'product-owner', personId: person.id },
      });
      expect(res.statusCode).toBe(200);
      expect(json(res)).toMatchObject({ role: 'product-owner', personId: person.id });
      const access = json<{ role: string; personId: string }>(
        await api.requestAs(bearer(user.token), { method: 'GET', url: `/api/v1/orgs/${org}/access` }),
      );
      expect(access).toMatchObject({ role: 'product-owner', personId: person.id });
      const logged = (await events(user.user.id)).find((e) => e.kind === 'role-changed');
      expect(logged?.detail).toMatchObject({ after: { role: 'product-owner', personId: person.id } });

      // A person of another organisation cannot be linked: the database refuses it.
      const otherOrg = await api.freshOrg();
      const stranger = json<{ id: string }>(
        await api.request({
          method: 'POST',
          url: `/api/v1/orgs/${otherOrg}/people`,
          payload: { name: 'Fremmed' },
        }),
      );
      const cross = await api.request({
        method: 'PUT',
        url: `/api/v1/orgs/${org}/members/${user.user.id}`,
        payload: { role: 'reader', personId: stranger.id },
      });
      expect(cross.statusCode).toBe(422);
    });

    it('keeps the last administrator, and signs a disabled user out', async () => {
      const me = json<{ user: { id: string } }>(await api.request({ method: 'GET', url: '/api/v1/me' }));
      const users = json<{ items: { id: string; isAdmin: boolean; disabled: boolean }[] }>(
        await api.request({ method: 'GET', url: '/api/v1/users' }),
      );
      const otherAdmins = users.items.filter((u) => u.isAdmin && !u.disabled && u.id !== me.user.id);
      // Demote every other administrator first, so this one is the last.
      for (const admin of otherAdmins) {
        await api.request({ method: 'PATCH', url: `/api/v1/users/${admin.id}`, payload: { isAdmin: false } });
      }
      const last = await api.request({
        method: 'PATCH',
        url: `/api/v1/users/${me.user.id}`,
        payload: { isAdmin: false },
      });
      expect(last.statusCode).toBe(409);

      const victim = await createTestUser(use());
      const session = await createTestSession(use(), victim.user.id);
      await api.request({
        method: 'PATCH',
        url: `/api/v1/users/${victim.user.id}`,
        payload: { disabled: true },
      });
      expect(
        (await api.requestAs(bearer(victim.token), { method: 'GET', url: '/api/v1/me' })).statusCode,
      ).toBe(401);
      const cookie = { cookie: `rodtrad_session=${session.cookie}` };
      expect((await api.requestAs(cookie, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
      for (const admin of otherAdmins) {
        await api.request({ method: 'PATCH', url: `/api/v1/users/${admin.id}`, payload: { isAdmin: true } });
      }
    });
  });
});
