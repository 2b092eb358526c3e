import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { SCRIPT, expectNoServerError } from './attack-kit';

/** The script-src a Content-Security-Policy header allows (default-src when it has none). */
function scriptSources(csp: string): string[] {
  const directives = csp.split(';').map((d) => d.trim().split(/\s+/));
  const find = (name: string) => directives.find(([n]) => n === name)?.slice(1);
  return find('script-src') ?? find('default-src') ?? ['*'];
}

/**
 * The API stores what people type as it is and answers it as a JSON string: never as HTML, never
 * "cleaned" into something else. Every answer also tells the browser not to sniff it into HTML and
 * to run no inline script. (That the web renders it as text is checked in e2e.)
 */
function expectAnsweredAsText(res: LightMyRequestResponse, sent: object): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(300);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  const sources = scriptSources(String(res.headers['content-security-policy']));
  expect(sources).toContain("'self'");
  expect(sources).not.toContain("'unsafe-inline'");
  expect(sources).not.toContain("'unsafe-eval'");
  expect(res.body).toContain(JSON.stringify(SCRIPT));
  expect(res.json()).toMatchObject(sent);
}

describeEachDatabase('attack: script in every text field', (use) => {
  const api = useTestApi(use);
  let org = '';
  let productId = '';
  let teamId = '';
  let personId = '';
  const url = (path: string) => `/api/v1/orgs/${org}${path}`;
  const post = async (path: string, payload: object) => {
    const res = await api.request({ method: 'POST', url: url(path), payload });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    return res;
  };
  const get = (path: string) => api.request({ method: 'GET', url: url(path) });

  beforeAll(async () => {
    org = await api.freshOrg();
    const group = json<{ id: string }>(await post('/product-groups', { slug: 'pg', name: 'Gruppe' }));
    productId = json<{ id: string }>(
      await post('/products', { slug: 'p', name: 'P', productGroupId: group.id }),
    ).id;
    teamId = json<{ id: string }>(await post('/teams', { slug: 't', name: 'T', type: 'platform' })).id;
    personId = json<{ id: string }>(await post('/people', { name: 'Person' })).id;
  });

  describe('initiatives', () => {
    const initiative = {
      title: SCRIPT,
      problemStatement: SCRIPT,
      description: SCRIPT,
      riskIfNotDone: SCRIPT,
      collaboration: SCRIPT,
      competence: SCRIPT,
      riskText: SCRIPT,
      measurementPlan: SCRIPT,
      okrs: [{ objective: SCRIPT, keyResults: [{ title: SCRIPT, target: SCRIPT, current: SCRIPT }] }],
      milestones: [{ title: SCRIPT, due: '2026-06-01' }],
      funding: [{ year: 2026, budgetItem: SCRIPT, source: 'other', needNok: 1 }],
    };

    it('stores every text field and answers it back unchanged, on create, read, list and history', async () => {
      const created = await post('/initiatives', initiative);
      expectAnsweredAsText(created, initiative);
      const { id } = json<{ id: string }>(created);
      expectAnsweredAsText(await get(`/initiatives/${id}`), initiative);
      expectAnsweredAsText(await get('/initiatives'), { items: [{ title: SCRIPT }] });
      expectAnsweredAsText(await get(`/initiatives?q=${encodeURIComponent('alert')}`), { items: [{ id }] });
      expectAnsweredAsText(await get(`/initiatives/${id}/history`), {});
      expectAnsweredAsText(await get(`/history/${id}`), {});
    });

    it('keeps script in a status update and a gate decision as text', async () => {
      const { id } = json<{ id: string }>(await post('/initiatives', { title: 'Beslutning' }));
      const update = await post(`/initiatives/${id}/status-updates`, { text: SCRIPT });
      expectAnsweredAsText(update, { text: SCRIPT });
      expectAnsweredAsText(await get(`/initiatives/${id}/status-updates`), { items: [{ text: SCRIPT }] });
      const { version } = json<{ version: number }>(await get(`/initiatives/${id}`));
      const decision = { outcome: 'parked', rationale: SCRIPT, decidedBy: SCRIPT };
      const moved = await api.request({
        method: 'POST',
        url: url(`/initiatives/${id}/transitions`),
        headers: { 'if-match': `"v${version}"` },
        payload: decision,
      });
      expect(moved.statusCode, moved.body).toBe(201);
      expectAnsweredAsText(moved, { decision: { rationale: SCRIPT, decidedBy: SCRIPT } });
      expectAnsweredAsText(await get(`/initiatives/${id}/decisions`), { items: [{ rationale: SCRIPT }] });
    });
  });

  it('roadmap elements', async () => {
    const element = {
      title: SCRIPT,
      productId,
      labels: [SCRIPT],
      milestone: SCRIPT,
      overview: SCRIPT,
      expectedResult: SCRIPT,
      howItWorks: SCRIPT,
      github: { owner: 'digdir', repo: 'roadmap', number: 1, nodeId: SCRIPT },
    };
    const created = await post('/roadmap/elements', element);
    expectAnsweredAsText(created, element);
    const { id } = json<{ id: string }>(created);
    expectAnsweredAsText(await get(`/roadmap/elements/${id}`), element);
    expectAnsweredAsText(await get('/roadmap/elements'), { items: [element] });
    expectAnsweredAsText(await post(`/roadmap/elements/${id}/status-updates`, { text: SCRIPT }), {
      text: SCRIPT,
    });
  });

  it('backlog items', async () => {
    const epic = {
      kind: 'epic',
      title: SCRIPT,
      body: SCRIPT,
      teamId,
      issueType: SCRIPT,
      labels: [SCRIPT],
      assignees: [SCRIPT],
    };
    const created = await post('/backlog/items', epic);
    expectAnsweredAsText(created, epic);
    const { id } = json<{ id: string }>(created);
    expectAnsweredAsText(await get(`/backlog/items/${id}`), epic);
    expectAnsweredAsText(await get('/backlog/items'), { items: [epic] });
    expectAnsweredAsText(await get(`/trace?ref=${id}`), { node: { title: SCRIPT } });
  });

  it('people, product groups, products, teams, working groups and strategy', async () => {
    const cases: [string, object][] = [
      ['/people', { name: SCRIPT, title: SCRIPT }],
      ['/product-groups', { slug: 'xss', name: SCRIPT, description: SCRIPT }],
      [
        '/teams',
        {
          slug: 'xss',
          name: SCRIPT,
          type: 'other',
          description: SCRIPT,
          backlogs: [{ kind: 'other', ref: SCRIPT }],
          members: [{ personId, role: SCRIPT }],
        },
      ],
      ['/working-groups', { slug: 'xss', name: SCRIPT, purpose: SCRIPT }],
      ['/strategy/sources', { kind: 'other', title: SCRIPT, issuer: SCRIPT, description: SCRIPT }],
    ];
    for (const [path, payload] of cases) {
      const created = await post(path, payload);
      expectAnsweredAsText(created, payload);
      expectAnsweredAsText(await get(`${path}/${json<{ id: string }>(created).id}`), payload);
    }
    const { id: sourceId } = json<{ id: string }>(
      await post('/strategy/sources', { kind: 'okr', title: 'Kilde' }),
    );
    const item = {
      sourceId,
      kind: 'goal',
      ref: SCRIPT,
      title: SCRIPT,
      description: SCRIPT,
      targetValue: SCRIPT,
      currentValue: SCRIPT,
    };
    expectAnsweredAsText(await post('/strategy/items', item), item);
    expectAnsweredAsText(await get(`/strategy/sources/${sourceId}/items`), { items: [item] });
    const product = {
      slug: 'xss',
      name: SCRIPT,
      description: SCRIPT,
      productGroupId: json<{ productGroupId: string }>(await get(`/products/${productId}`)).productGroupId,
    };
    expectAnsweredAsText(await post('/products', product), product);
  });

  it('organisations, users and API token names', async () => {
    const orgRes = await api.request({
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { slug: `xss-${Date.now()}`, name: SCRIPT },
    });
    expectAnsweredAsText(orgRes, { name: SCRIPT });
    const token = await api.request({
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: SCRIPT, scope: 'read' },
    });
    expectAnsweredAsText(token, { apiToken: { name: SCRIPT } });
    const me = json<{ user: { id: string; name: string } }>(
      await api.request({ method: 'GET', url: '/api/v1/me' }),
    );
    const renamed = await api.request({
      method: 'PATCH',
      url: `/api/v1/users/${me.user.id}`,
      payload: { name: SCRIPT },
    });
    expectAnsweredAsText(renamed, { name: SCRIPT });
    expectAnsweredAsText(await api.request({ method: 'GET', url: '/api/v1/users' }), {});
    await api.request({
      method: 'PATCH',
      url: `/api/v1/users/${me.user.id}`,
      payload: { name: me.user.name },
    });
  });

  it('echoes script in a path or a bad value only inside problem+json, with the same headers', async () => {
    const answers = [
      await api.request({ method: 'GET', url: `/api/v1/${encodeURIComponent(SCRIPT)}` }),
      await get(`/initiatives/${encodeURIComponent(SCRIPT)}`),
      await api.request({ method: 'POST', url: url('/people'), payload: { name: SCRIPT, [SCRIPT]: SCRIPT } }),
    ];
    for (const res of answers) {
      expectNoServerError(res, 'script in the request');
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(scriptSources(String(res.headers['content-security-policy']))).not.toContain("'unsafe-inline'");
    }
  });

  it('refuses links that would run script when followed', async () => {
    const { id } = json<{ id: string; version: number }>(await post('/initiatives', { title: 'Lenker' }));
    const evil = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];
    for (const link of evil) {
      const attempts = [
        () =>
          api.request({
            method: 'POST',
            url: url('/strategy/sources'),
            payload: { kind: 'other', title: 'Kilde', url: link },
          }),
        () =>
          api.request({
            method: 'POST',
            url: url('/roadmap/elements'),
            payload: { title: 'Element', github: { owner: 'o', repo: 'r', number: 1, url: link } },
          }),
        () =>
          api.request({
            method: 'POST',
            url: url('/backlog/items'),
            payload: { kind: 'epic', title: 'Epos', github: { owner: 'o', repo: 'r', number: 1, url: link } },
          }),
        () =>
          api.request({
            method: 'POST',
            url: url(`/initiatives/${id}/transitions`),
            headers: { 'if-match': '"v1"' },
            payload: { outcome: 'parked', rationale: 'Lenke', evidenceLinks: [link] },
          }),
      ];
      for (const attempt of attempts) {
        const res = await attempt();
        expect(res.statusCode, `${link}: ${res.body.slice(0, 200)}`).toBe(400);
        expect(json(res)).toMatchObject({ code: 'validation-failed' });
      }
    }
    const fine = await post('/strategy/sources', {
      kind: 'other',
      title: 'Kilde',
      url: 'https://www.regjeringen.no/',
    });
    expect(json(fine)).toMatchObject({ url: 'https://www.regjeringen.no/' });
  });
});
