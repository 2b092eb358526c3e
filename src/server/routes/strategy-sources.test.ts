import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { auditTrail, countRows, insertInitiativeUsing, orgApi } from './org-api-fixtures';

interface Source {
  id: string;
  version: number;
  kind: string;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  productGroupId: string | null;
}
interface Item {
  id: string;
  sourceId: string;
  title: string;
}

describeEachDatabase('strategic sources API', (use) => {
  const api = useTestApi(use);
  const fresh = async () => orgApi(api, await api.freshOrg());

  it('creates, reads, updates and deletes a source, recording each change', async () => {
    const o = await fresh();
    const pg = await o.make('product-groups', { slug: 'pg', name: 'PG' });
    const created = await o.post('strategy/sources', {
      kind: 'allocation-letter',
      title: 'Tildelingsbrev 2026',
      issuer: 'Departementet',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      url: 'https://example.no/tildelingsbrev-2026.pdf',
    });
    expect(created.statusCode).toBe(201);
    const source = json<Source>(created);
    expect(created.headers.location).toBe(`/api/v1/orgs/${o.org}/strategy/sources/${source.id}`);

    const read = await o.get(`strategy/sources/${source.id}`);
    expect(read.headers.etag).toBe('"v1"');
    expect(json(read)).toMatchObject({
      kind: 'allocation-letter',
      issuer: 'Departementet',
      productGroupId: null,
    });
    expect(json(read)).not.toHaveProperty('items');

    const updated = await o.patch(`strategy/sources/${source.id}`, '"v1"', {
      kind: 'product-group-strategy',
      productGroupId: pg.id,
    });
    expect(updated.statusCode).toBe(200);
    expect(json(updated)).toMatchObject({
      kind: 'product-group-strategy',
      productGroupId: pg.id,
      title: 'Tildelingsbrev 2026',
      version: 2,
    });

    expect((await o.patch(`strategy/sources/${source.id}`, '"v1"', { title: 'Gammel' })).statusCode).toBe(
      412,
    );
    expect((await o.remove(`strategy/sources/${source.id}`, '"v2"')).statusCode).toBe(204);
    expect((await o.get(`strategy/sources/${source.id}`)).statusCode).toBe(404);

    const trail = await auditTrail(o, source.id);
    expect(trail.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      'strategic-source:created',
      'strategic-source:updated',
      'strategic-source:deleted',
    ]);
    expect(trail[1]?.before).toMatchObject({ kind: 'allocation-letter', productGroupId: null });
  });

  it('lists a source’s items, and only its own, at strategy/sources/:id/items', async () => {
    const o = await fresh();
    const a = await o.make('strategy/sources', { kind: 'okr', title: 'OKR Q1' });
    const b = await o.make('strategy/sources', { kind: 'agency-strategy', title: 'Strategi' });
    const goal = await o.make<Item>('strategy/items', { sourceId: b.id, kind: 'goal', title: 'Mål 1' });
    const objective = await o.make<Item>('strategy/items', {
      sourceId: a.id,
      kind: 'objective',
      title: 'O1',
    });
    const kr = await o.make<Item>('strategy/items', {
      sourceId: a.id,
      kind: 'key-result',
      title: 'KR1',
      parentId: objective.id,
    });

    const res = await o.get(`strategy/sources/${a.id}/items`);
    expect(res.statusCode).toBe(200);
    const items = json<{ items: Item[] }>(res).items;
    expect(items.map((i) => i.id)).toEqual([objective.id, kr.id]);
    expect(items.every((i) => i.sourceId === a.id)).toBe(true);
    expect(
      json<{ items: Item[] }>(await o.get(`strategy/sources/${b.id}/items`)).items.map((i) => i.id),
    ).toEqual([goal.id]);

    const missing = await o.get(`strategy/sources/${crypto.randomUUID()}/items`);
    expect(missing.statusCode).toBe(404);
    expect(json(missing)).toMatchObject({ code: 'not-found' });
    const other = await fresh();
    expect((await other.get(`strategy/sources/${a.id}/items`)).statusCode).toBe(404);
  });

  it('pages through the sources by title', async () => {
    const o = await fresh();
    const titles = [
      'Tildelingsbrev 2026',
      'Digitaliseringsstrategi',
      'OKR 2026 Q1',
      'Etatsstrategi',
      'Annet',
    ];
    for (const title of titles) await o.make('strategy/sources', { kind: 'other', title });
    const { items, pages } = await o.listAll<Source>('strategy/sources', 2);
    expect(pages).toBe(3);
    expect(items.map((s) => s.title)).toEqual([
      'Annet',
      'Digitaliseringsstrategi',
      'Etatsstrategi',
      'OKR 2026 Q1',
      'Tildelingsbrev 2026',
    ]);
  });

  it('answers 422 for a product group that does not exist or is another organisation’s, writing nothing', async () => {
    const o = await fresh();
    const theirs = await (await fresh()).make('product-groups', { slug: 'pg', name: 'PG' });
    const events = await countRows(use(), 'audit_events', o.org);
    for (const productGroupId of [crypto.randomUUID(), theirs.id]) {
      const res = await o.post('strategy/sources', {
        kind: 'product-group-strategy',
        title: 'S',
        productGroupId,
      });
      expect(res.statusCode).toBe(422);
      expect(json(res)).toMatchObject({ code: 'reference-not-found' });
    }
    expect(await countRows(use(), 'strategic_sources', o.org)).toBe(0);
    expect(await countRows(use(), 'audit_events', o.org)).toBe(events);
  });

  it('refuses a period whose end falls before its start, also when only one end changes', async () => {
    const o = await fresh();
    const whole = await o.post('strategy/sources', {
      kind: 'okr',
      title: 'S',
      periodStart: '2026-04-01',
      periodEnd: '2026-03-31',
    });
    expect(whole.statusCode).toBe(400);
    const source = await o.make('strategy/sources', { kind: 'okr', title: 'S', periodEnd: '2026-03-31' });
    const half = await o.patch(`strategy/sources/${source.id}`, '"v1"', { periodStart: '2026-04-01' });
    expect(half.statusCode).toBe(400);
    expect(json(half)).toMatchObject({ code: 'validation-failed', issues: [{ path: 'periodEnd' }] });
    expect(json(await o.get(`strategy/sources/${source.id}`))).toMatchObject({
      periodStart: null,
      version: 1,
    });
  });

  it('deletes a source’s items with it, but answers 409 in-use while an initiative serves one of them', async () => {
    const o = await fresh();
    const source = await o.make('strategy/sources', { kind: 'digitalisation-strategy', title: 'Digi' });
    const served = await o.make('strategy/items', {
      sourceId: source.id,
      kind: 'action',
      ref: 'Tiltak 3',
      title: 'T3',
    });
    await insertInitiativeUsing(use(), o.org, { itemId: served.id });
    const res = await o.remove(`strategy/sources/${source.id}`, '"v1"');
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'in-use' });
    expect((await o.get(`strategy/items/${served.id}`)).statusCode).toBe(200);

    const unused = await o.make('strategy/sources', { kind: 'other', title: 'Ubrukt' });
    const item = await o.make('strategy/items', { sourceId: unused.id, kind: 'goal', title: 'Mål' });
    expect((await o.remove(`strategy/sources/${unused.id}`, '"v1"')).statusCode).toBe(204);
    expect((await o.get(`strategy/items/${item.id}`)).statusCode).toBe(404);
  });
});
