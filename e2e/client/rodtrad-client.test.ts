import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError, RodtradClient } from '../../src/client';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { closedPortUrl, useCliServer } from '../cli/cli-harness';

describeEachDatabase('RodtradClient against a real server', (use) => {
  const server = useCliServer(use);

  it('reads with an ETag and refuses a stale write with ApiError 412, changing nothing', async () => {
    const client = server.client(await server.freshOrg());
    const created = await client.initiatives.create({ title: 'Klient-test' });
    expect(created.etag).toBe('"v1"');
    const byKey = await client.initiatives.get(created.data.key);
    expect(byKey.data.id).toBe(created.data.id);
    const updated = await client.initiatives.update(created.data.key, { priority: 'must' }, byKey.etag);
    expect(updated).toMatchObject({ etag: '"v2"', data: { priority: 'must' } });
    const stale = await client.initiatives
      .update(created.data.id, { priority: 'wont' }, byKey.etag)
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ApiError);
    expect(stale).toMatchObject({ status: 412, code: 'precondition-failed' });
    expect((await client.initiatives.get(created.data.id)).data.priority).toBe('must');
  });

  it('reports the unmet criteria of a refused gate', async () => {
    const client = server.client(await server.freshOrg());
    const { data, etag } = await client.initiatives.create({ title: 'Gate' });
    const err = await client.initiatives
      .transition(data.key, { outcome: 'approved', to: 'problem' }, etag)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const apiError = err as ApiError;
    expect(apiError.code).toBe('gate-criteria-unmet');
    expect(apiError.unmetCriteria.map((c) => c.id)).toContain('need-described');
  });

  it('reads the workflow, the history of any entity and the items of a source', async () => {
    const client = server.client(await server.freshOrg());
    const workflow = await client.workflow();
    expect(workflow.workflow.phases.map((p) => p.name.nb)).toEqual([
      'Ikke startet',
      'Problem',
      'Konsept',
      'Planlegging',
      'Implementering',
      'Utført',
    ]);
    const person = await client.people.create({ name: 'Historikk' });
    await client.people.update(person.data.id, { title: 'Ny tittel' }, person.etag);
    expect((await client.history(person.data.id)).map((e) => e.action)).toEqual(['created', 'updated']);
    const source = await client.strategySources.create({ kind: 'okr', title: 'OKR' });
    await client.strategyItems.create({ sourceId: source.data.id, kind: 'goal', title: 'Mål' });
    expect((await client.sourceItems(source.data.id)).map((i) => i.title)).toEqual(['Mål']);
    const missing = await client
      .withOrg('finnes-ikke')
      .people.list()
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, code: 'not-found' });
  });
  it('walks the red thread: element, epic, issue, status update, trace, roll-up and checks', async () => {
    const client = server.client(await server.freshOrg());
    expect((await client.updateOrganisation({ elementDelivery: 'propose' })).elementDelivery).toBe('propose');
    const initiative = (await client.initiatives.create({ title: 'Klienttråd' })).data;
    const element = (
      await client.roadmapElements.create({ title: 'Element', initiativeIds: [initiative.id] })
    ).data;
    const epic = (await client.backlogItems.create({ kind: 'epic', title: 'Epos' })).data;
    await client.roadmapElements.linkEpic(element.id, epic.id);
    const twice = await client.roadmapElements.linkEpic(element.id, epic.id).catch((e: unknown) => e);
    expect(twice).toMatchObject({ code: 'duplicate' });
    await client.backlogItems.create({ kind: 'issue', title: 'Ferdig', parentId: epic.id, state: 'closed' });
    await client.backlogItems.create({ kind: 'issue', title: 'Gjenstår', parentId: epic.id });
    expect((await client.backlogItems.search({ parent: epic.id })).items).toHaveLength(2);
    const refused = await client.initiatives
      .postStatusUpdate(initiative.key, { health: 'red' })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'status-update-required' });
    await client.initiatives.postStatusUpdate(initiative.key, { text: 'Forsinket', health: 'red' });
    expect((await client.initiatives.statusUpdates(initiative.key)).map((u) => u.text)).toEqual([
      'Forsinket',
    ]);
    const trace = await client.thread.trace(initiative.key);
    expect(trace.down[0]?.children[0]).toMatchObject({ title: 'Epos', progress: 0.5 });
    const rollup = await client.thread.portfolioRollup();
    expect(rollup).toEqual([expect.objectContaining({ key: initiative.key, progress: 0.5, health: 'red' })]);
    expect(await client.thread.recompute()).toMatchObject({ epics: 1, roadmapElements: 1, initiatives: 1 });
    const report = await client.thread.checks();
    expect(report.results.find((r) => r.id === 'initiative-without-origin')?.items).toHaveLength(1);
  });

  it('is refused without a token or with a revoked one, as ApiError 401', async () => {
    const org = await server.freshOrg();
    const anonymous = await server
      .client(org, null)
      .people.list()
      .catch((e: unknown) => e);
    expect(anonymous).toBeInstanceOf(ApiError);
    expect(anonymous).toMatchObject({ status: 401, code: 'unauthorised' });

    const admin = server.client(org);
    const me = await admin.accounts.me();
    expect(me).toMatchObject({ via: 'token', csrfToken: null, user: { isAdmin: true } });
    const created = await admin.accounts.createToken({ name: 'Klient', scope: 'read', expiresInDays: 2 });
    expect(created.token).toMatch(/^rdt_/);
    const reader = server.client(org, created.token);
    expect((await reader.accounts.me()).user.id).toBe(me.user.id);
    expect(await reader.people.list()).toMatchObject({ items: [] });
    const write = await reader.people.create({ name: 'Nei' }).catch((e: unknown) => e);
    expect(write).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await admin.accounts.tokens()).find((t) => t.id === created.apiToken.id)).toMatchObject({
      name: 'Klient',
      scope: 'read',
      revokedAt: null,
    });

    await admin.accounts.revokeToken(created.apiToken.id);
    const revoked = await reader.people.list().catch((e: unknown) => e);
    expect(revoked).toMatchObject({
      status: 401,
      code: 'unauthorised',
      problem: { detail: 'the API token is revoked' },
    });
  });
});

describe('RodtradClient without a server', () => {
  it('names the URL and the reason when nothing listens', async () => {
    const server = await closedPortUrl();
    const client = new RodtradClient({ baseUrl: server, org: 'demo' });
    const err = await client.listOrganisations().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as Error).message).toBe(
      `could not reach ${server}/api/v1/orgs (GET): connect ECONNREFUSED ${server.slice('http://'.length)}`,
    );
  });
});

describe('src/client runs in a browser', () => {
  it('imports nothing from Node', () => {
    const dir = join(process.cwd(), 'src/client');
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map(
        (m) => m[1] ?? '',
      );
      const foreign = imports.filter((i) => !i.startsWith('.') && i !== 'zod');
      expect({ file, foreign }).toEqual({ file, foreign: [] });
      expect({ file, process: /\bprocess\.|\bBuffer\b/.test(readFileSync(join(dir, file), 'utf8')) }).toEqual(
        { file, process: false },
      );
    }
  });
});
