import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { LIMITS } from '../../contracts/limits';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { expectProblem } from './attack-kit';

/** Bodies built to exhaust memory, the stack or the validator, and keys built to reach a prototype. */
describeEachDatabase('attack: oversized, deeply nested and poisoned bodies', (use) => {
  const api = useTestApi(use);
  let org = '';
  const initiatives = () => `/api/v1/orgs/${org}/initiatives`;
  const postRaw = (url: string, payload: string) =>
    api.request({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
  const titles = async () =>
    json<{ items: { title: string }[] }>(await api.request({ method: 'GET', url: initiatives() })).items.map(
      (i) => i.title,
    );
  const expectStillAnswering = async () => {
    expect((await api.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await api.request({ method: 'GET', url: initiatives() })).statusCode).toBe(200);
  };

  beforeAll(async () => {
    org = await api.freshOrg();
  });

  it(`refuses a body over ${LIMITS.bodyBytes / 1024} KiB with 413 payload-too-large, storing nothing`, async () => {
    const justOver = JSON.stringify({ title: 'For stor', description: 'x'.repeat(LIMITS.bodyBytes) });
    expectProblem(await postRaw(initiatives(), justOver), 413, 'payload-too-large');
    const huge = JSON.stringify({ title: 'Svær', description: 'x'.repeat(8 * 1024 * 1024) });
    expectProblem(await postRaw(initiatives(), huge), 413, 'payload-too-large');
    // The same limit on routes that take no body, and on a sign-out.
    expectProblem(await postRaw('/api/v1/auth/sign-out', huge), 413, 'payload-too-large');
    expect(await titles()).toEqual([]);
    await expectStillAnswering();
  });

  it('refuses JSON nested 10,000 levels deep with 400, and keeps answering', async () => {
    const depth = 10_000;
    const bodies = [
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `{"title":"Dyp","okrs":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      `{"title":"Dyp","allocation":${'{"kind":'.repeat(depth)}"teams"${'}'.repeat(depth)}}`,
      `{"title":"Dyp","okrs":[{"objective":"o","keyResults":${'[{"title":'.repeat(depth)}"x"${'}]'.repeat(depth)}}]}`,
      // Unbalanced: the parser must give up, not wait or crash.
      '['.repeat(100_000),
    ];
    for (const body of bodies) {
      const res = await postRaw(initiatives(), body);
      expectProblem(res, 400, 'validation-failed');
    }
    expect(await titles()).toEqual([]);
    await expectStillAnswering();
  });

  it('refuses arrays beyond their bounds with 400', async () => {
    const uuids = (n: number) => Array.from({ length: n }, () => randomUUID());
    const tooMany = [
      { title: 'Mange', dependsOnIds: uuids(51) },
      { title: 'Mange', milestones: Array.from({ length: 51 }, (_, i) => ({ title: `M${i}` })) },
      { title: 'Mange', okrs: Array.from({ length: 11 }, () => ({ objective: 'O' })) },
      { title: 'Mange', budgetProposalYears: Array.from({ length: 5_000 }, () => 2026) },
      { title: 'Mange', dependsOnIds: uuids(5_000) },
    ];
    for (const payload of tooMany) {
      expectProblem(
        await api.request({ method: 'POST', url: initiatives(), payload }),
        400,
        'validation-failed',
      );
    }
    const labels = await api.request({
      method: 'POST',
      url: `/api/v1/orgs/${org}/backlog/items`,
      payload: { kind: 'epic', title: 'Etiketter', labels: Array.from({ length: 101 }, (_, i) => `l${i}`) },
    });
    expectProblem(labels, 400, 'validation-failed');
    const pageSize = await api.request({
      method: 'GET',
      url: `${initiatives()}?limit=${LIMITS.pageSizeMax + 1}`,
    });
    expectProblem(pageSize, 400, 'validation-failed');
    expect(await titles()).toEqual([]);
  });

  it('refuses __proto__ and constructor.prototype keys, and Object.prototype stays clean', async () => {
    const poisoned = [
      '{"title":"Forgiftet","__proto__":{"polluted":"yes","isAdmin":true}}',
      '{"title":"Forgiftet","constructor":{"prototype":{"polluted":"yes"}}}',
      '{"title":"Forgiftet","okrs":[{"objective":"o","__proto__":{"polluted":"yes"}}]}',
      '{"title":"Forgiftet","allocation":{"kind":"teams","teamIds":[],"constructor":{"prototype":{"polluted":"yes"}}}}',
      '{"title":"Forgiftet","\\u005f\\u005fproto\\u005f\\u005f":{"polluted":"yes"}}',
    ];
    for (const body of poisoned) {
      const res = await postRaw(initiatives(), body);
      expectProblem(res, 400, 'validation-failed');
    }
    const me = await api.request({ method: 'GET', url: '/api/v1/me' });
    const userId = json<{ user: { id: string } }>(me).user.id;
    const patch = await api.request({
      method: 'PATCH',
      url: `/api/v1/users/${userId}`,
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__":{"isAdmin":false,"disabled":true}}',
    });
    expectProblem(patch, 400, 'validation-failed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(json(await api.request({ method: 'GET', url: '/api/v1/me' }))).toMatchObject({
      user: { isAdmin: true, disabled: false },
    });
    expect(await titles()).toEqual([]);
  });

  it('refuses a body that lies about its type or length', async () => {
    const lies = [
      {
        headers: { 'content-type': 'application/json; charset=utf-16' },
        payload: Buffer.from('{"title":"x"}', 'utf16le'),
      },
      { headers: { 'content-type': 'application/json' }, payload: '' },
      { headers: { 'content-type': 'application/json' }, payload: '{"title":"x"' },
      { headers: { 'content-type': 'application/json' }, payload: 'null' },
      { headers: { 'content-type': 'application/json' }, payload: '"just a string"' },
      { headers: { 'content-type': 'application/octet-stream' }, payload: Buffer.from('{"title":"x"}') },
      { headers: { 'content-type': 'application/xml' }, payload: '<title>x</title>' },
    ];
    for (const lie of lies) {
      const res = await api.request({ method: 'POST', url: initiatives(), ...lie });
      expect(res.statusCode, `${lie.headers['content-type']}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await titles()).toEqual([]);
    await expectStillAnswering();
  });
});
