import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { auditTrail, countRows, orgApi } from './org-api-fixtures';

interface ProductGroup {
  id: string;
  version: number;
  slug: string;
  name: string;
  description: string | null;
  leaderId: string | null;
}

describeEachDatabase('product groups API', (use) => {
  const api = useTestApi(use);
  const fresh = async () => orgApi(api, await api.freshOrg());

  it('creates, reads with an ETag, updates with If-Match and deletes, recording each change', async () => {
    const o = await fresh();
    const leader = await o.make('people', { name: 'Liv Leder' });
    const created = await o.post('product-groups', {
      slug: 'saksbehandling',
      name: 'Saksbehandling',
      leaderId: leader.id,
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    const group = json<ProductGroup>(created);
    expect(created.headers.location).toBe(`/api/v1/orgs/${o.org}/product-groups/${group.id}`);

    const read = await o.get(`product-groups/${group.id}`);
    expect(read.headers.etag).toBe('"v1"');
    expect(json(read)).toMatchObject({
      slug: 'saksbehandling',
      name: 'Saksbehandling',
      leaderId: leader.id,
      description: null,
    });

    const updated = await o.patch(`product-groups/${group.id}`, read.headers.etag, {
      description: 'Alt om saker',
      leaderId: null,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"v2"');
    expect(json(updated)).toMatchObject({
      name: 'Saksbehandling',
      description: 'Alt om saker',
      leaderId: null,
      version: 2,
    });

    const stale = await o.remove(`product-groups/${group.id}`, '"v1"');
    expect(stale.statusCode).toBe(412);
    expect(json(stale)).toMatchObject({ code: 'precondition-failed' });
    expect((await o.remove(`product-groups/${group.id}`, undefined)).statusCode).toBe(428);

    expect((await o.remove(`product-groups/${group.id}`, '"v2"')).statusCode).toBe(204);
    expect((await o.get(`product-groups/${group.id}`)).statusCode).toBe(404);

    const trail = await auditTrail(o, group.id);
    expect(trail.map((e) => [e.entityType, e.action])).toEqual([
      ['product-group', 'created'],
      ['product-group', 'updated'],
      ['product-group', 'deleted'],
    ]);
    expect(trail[1]?.before).toMatchObject({ leaderId: leader.id, description: null });
    expect(trail[1]?.after).toMatchObject({ leaderId: null, description: 'Alt om saker' });
    expect(trail[2]?.after).toBeNull();
  });

  it('pages through the groups by name', async () => {
    const o = await fresh();
    const names = ['Utvikling', 'Arkiv', 'Data', 'Brukerflater', 'Saksbehandling'];
    for (const [i, name] of names.entries()) await o.make('product-groups', { slug: `pg-${i}`, name });
    const { items, pages } = await o.listAll<ProductGroup>('product-groups', 2);
    expect(pages).toBe(3);
    expect(items.map((g) => g.name)).toEqual([
      'Arkiv',
      'Brukerflater',
      'Data',
      'Saksbehandling',
      'Utvikling',
    ]);
  });

  it('answers 409 duplicate for a slug the organisation already has, and allows it in another', async () => {
    const o = await fresh();
    await o.make('product-groups', { slug: 'data', name: 'Data' });
    const dup = await o.post('product-groups', { slug: 'data', name: 'Data igjen' });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'duplicate' });
    expect(await countRows(use(), 'product_groups', o.org)).toBe(1);

    const other = await fresh();
    expect((await other.post('product-groups', { slug: 'data', name: 'Data' })).statusCode).toBe(201);

    const second = await o.make<ProductGroup>('product-groups', { slug: 'arkiv', name: 'Arkiv' });
    const renamed = await o.patch(`product-groups/${second.id}`, '"v1"', { slug: 'data' });
    expect(renamed.statusCode).toBe(409);
    expect(json(await o.get(`product-groups/${second.id}`))).toMatchObject({ slug: 'arkiv', version: 1 });
  });

  it('answers 422 for a leader that does not exist or belongs to another organisation, writing nothing', async () => {
    const o = await fresh();
    const other = await fresh();
    const stranger = await other.make('people', { name: 'Fremmed' });
    const eventsBefore = await countRows(use(), 'audit_events', o.org);
    for (const leaderId of [crypto.randomUUID(), stranger.id]) {
      const res = await o.post('product-groups', { slug: 'pg', name: 'PG', leaderId });
      expect(res.statusCode).toBe(422);
      expect(json(res)).toMatchObject({ code: 'reference-not-found' });
    }
    expect(await countRows(use(), 'product_groups', o.org)).toBe(0);
    expect(await countRows(use(), 'audit_events', o.org)).toBe(eventsBefore);

    const group = await o.make<ProductGroup>('product-groups', { slug: 'pg', name: 'PG' });
    const res = await o.patch(`product-groups/${group.id}`, '"v1"', {
      leaderId: stranger.id,
      name: 'Endret',
    });
    expect(res.statusCode).toBe(422);
    expect(json(await o.get(`product-groups/${group.id}`))).toMatchObject({
      name: 'PG',
      leaderId: null,
      version: 1,
    });
    expect((await auditTrail(o, group.id)).map((e) => e.action)).toEqual(['created']);
  });

  it('answers 409 in-use when deleting a group that has products or serving teams', async () => {
    const o = await fresh();
    const withProduct = await o.make<ProductGroup>('product-groups', { slug: 'a', name: 'A' });
    const product = await o.make('products', { slug: 'p', name: 'P', productGroupId: withProduct.id });
    const res = await o.remove(`product-groups/${withProduct.id}`, '"v1"');
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'in-use' });
    expect((await o.get(`product-groups/${withProduct.id}`)).statusCode).toBe(200);
    expect((await auditTrail(o, withProduct.id)).map((e) => e.action)).toEqual(['created']);

    const withTeam = await o.make<ProductGroup>('product-groups', { slug: 'b', name: 'B' });
    await o.make('teams', { slug: 't', name: 'T', type: 'platform', productGroupIds: [withTeam.id] });
    expect((await o.remove(`product-groups/${withTeam.id}`, '"v1"')).statusCode).toBe(409);

    expect((await o.remove(`products/${product.id}`, '"v1"')).statusCode).toBe(204);
    expect((await o.remove(`product-groups/${withProduct.id}`, '"v1"')).statusCode).toBe(204);
  });

  it('never shows one organisation the groups of another', async () => {
    const ours = await fresh();
    const theirs = await fresh();
    const group = await ours.make('product-groups', { slug: 'hemmelig', name: 'Hemmelig' });
    expect((await theirs.get(`product-groups/${group.id}`)).statusCode).toBe(404);
    expect((await theirs.patch(`product-groups/${group.id}`, '"v1"', { name: 'x' })).statusCode).toBe(404);
    expect((await theirs.remove(`product-groups/${group.id}`, '"v1"')).statusCode).toBe(404);
    expect((await theirs.listAll('product-groups', 10)).items).toHaveLength(0);
  });
});
