import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createTestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';
import { expectProblem } from './attack-kit';

interface Created {
  token: string;
  apiToken: { id: string };
}
interface AccountEvent {
  kind: string;
  actor: string;
  detail: { tokenId?: string | null; reason?: string };
}

/** Old, revoked, made-up and under-scoped API tokens: each is refused, and the refusal is logged. */
describeEachDatabase('attack: expired, revoked, forged and under-scoped tokens', (use) => {
  const api = useTestApi(use);
  let owner = '';
  let org = '';

  beforeAll(async () => {
    owner = (await createTestUser(use(), { name: 'Token-eier' })).token;
    org = await api.freshOrg();
  });

  const newToken = async (scope: 'read' | 'write' | 'admin' = 'write'): Promise<Created> => {
    const res = await api.requestAs(bearer(owner), {
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: `Token ${scope}`, scope, expiresInDays: 30 },
    });
    expect(res.statusCode).toBe(201);
    return json<Created>(res);
  };
  /** A request from its own address, so the account log's entries for it can be told apart. */
  const fromAddress = (ip: string, authorization: string) =>
    api.requestAs({ authorization }, { method: 'GET', url: '/api/v1/me', remoteAddress: ip });
  const refusalsFrom = async (ip: string) =>
    json<{ items: AccountEvent[] }>(
      await api.request({ method: 'GET', url: '/api/v1/account-events?limit=200' }),
    ).items.filter((e) => e.kind === 'token-refused' && e.actor === ip);

  it('refuses an expired token with 401 and logs the refusal', async () => {
    const { token, apiToken } = await newToken();
    expect((await fromAddress('10.0.0.1', `Bearer ${token}`)).statusCode).toBe(200);
    await use().query("UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      apiToken.id,
    ]);

    expectProblem(await fromAddress('10.0.0.1', `Bearer ${token}`), 401, 'unauthorised');
    expect(await refusalsFrom('10.0.0.1')).toEqual([
      expect.objectContaining({ detail: { tokenId: apiToken.id, reason: 'expired' } }),
    ]);
  });

  it('refuses a revoked token with 401 and logs the refusal', async () => {
    const { token, apiToken } = await newToken();
    const revoke = await api.requestAs(bearer(owner), {
      method: 'DELETE',
      url: `/api/v1/me/tokens/${apiToken.id}`,
    });
    expect(revoke.statusCode).toBe(200);
    const revoked = json<{ id: string; revokedAt: string | null }>(revoke);
    expect(revoked.id).toBe(apiToken.id);
    expect(revoked.revokedAt).not.toBeNull();

    expectProblem(await fromAddress('10.0.0.2', `Bearer ${token}`), 401, 'unauthorised');
    expect(await refusalsFrom('10.0.0.2')).toEqual([
      expect.objectContaining({ detail: { tokenId: apiToken.id, reason: 'revoked' } }),
    ]);
  });

  it("cannot revoke another user's token", async () => {
    const { token, apiToken } = await newToken();
    const thief = (await createTestUser(use(), { name: 'Tyv' })).token;
    const res = await api.requestAs(bearer(thief), {
      method: 'DELETE',
      url: `/api/v1/me/tokens/${apiToken.id}`,
    });
    expectProblem(res, 404, 'not-found');
    expect((await api.requestAs(bearer(token), { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
  });

  it('refuses a token of the right shape that was never issued, and logs it', async () => {
    const forged = `rdt_${randomBytes(32).toString('base64url')}`;
    expectProblem(await fromAddress('10.0.0.3', `Bearer ${forged}`), 401, 'unauthorised');
    expect(await refusalsFrom('10.0.0.3')).toEqual([
      expect.objectContaining({ detail: { tokenId: null, reason: 'unknown' } }),
    ]);
  });

  it('refuses a malformed Authorization header with 401, never as "not signed in"', async () => {
    const { token } = await newToken();
    const malformed = [
      'Bearer',
      'Bearer ',
      `Bearer ${token} extra`,
      `Basic ${Buffer.from(`admin:${token}`).toString('base64')}`,
      `Token ${token}`,
      token,
      `Bearer ${token.slice(0, -1)}`,
      `Bearer ${token}x`,
      `Bearer ${token.toUpperCase()}`,
      `Bearer ${'a'.repeat(8000)}`,
      "Bearer ' OR '1'='1",
    ];
    for (const authorization of malformed) {
      const res = await api.requestAs({ authorization }, { method: 'GET', url: '/api/v1/orgs' });
      expectProblem(res, 401, 'unauthorised');
    }
  });

  it('a read-scoped token can read but neither write nor create or revoke tokens', async () => {
    const { token: read } = await newToken('read');
    const { apiToken: other } = await newToken('write');
    expect(
      (await api.requestAs(bearer(read), { method: 'GET', url: `/api/v1/orgs/${org}/people` })).statusCode,
    ).toBe(200);
    const refused = [
      { method: 'POST', url: `/api/v1/orgs/${org}/initiatives`, payload: { title: 'Med lesetoken' } },
      { method: 'POST', url: `/api/v1/orgs/${org}/people`, payload: { name: 'Med lesetoken' } },
      { method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'Opptrapping', scope: 'admin' } },
      { method: 'DELETE', url: `/api/v1/me/tokens/${other.id}` },
      { method: 'POST', url: '/api/v1/auth/sign-out-everywhere' },
    ] as const;
    for (const request of refused) {
      expectProblem(await api.requestAs(bearer(read), request), 403, 'forbidden');
    }
    const list = await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/initiatives` });
    expect(json<{ items: unknown[] }>(list).items).toEqual([]);
    const tokens = json<{ items: { id: string; revokedAt: string | null }[] }>(
      await api.requestAs(bearer(owner), { method: 'GET', url: '/api/v1/me/tokens' }),
    ).items;
    expect(tokens.find((t) => t.id === other.id)?.revokedAt).toBeNull();
  });

  it('a write-scoped token cannot mint itself an admin token', async () => {
    const { token: write } = await newToken('write');
    const res = await api.requestAs(bearer(write), {
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'Opptrapping', scope: 'admin' },
    });
    expectProblem(res, 403, 'forbidden');
  });

  it('stores tokens hashed: the plain token is nowhere in the database', async () => {
    const { token, apiToken } = await newToken('admin');
    const secretPart = token.slice('rdt_'.length + 6);
    const dumps = await use().query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM api_tokens t
       UNION ALL SELECT row_to_json(e)::text FROM account_events e`,
    );
    expect(dumps.length).toBeGreaterThan(1);
    expect(dumps.filter((d) => d.row.includes(token) || d.row.includes(secretPart))).toEqual([]);
    const listed = await api.requestAs(bearer(owner), { method: 'GET', url: '/api/v1/me/tokens' });
    expect(listed.body).toContain(apiToken.id);
    expect(listed.body).not.toContain(secretPart);
  });
});
