import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { auditTrail, countRows, orgApi, type OrgApi } from './org-api-fixtures';

interface Product {
  id: string;
  version: number;
  slug: string;
  name: string;
  productGroupId: string;
  description: string | null;
}

describeEachDatabase('products API', (use) => {
  const api = useTestApi(use);
  const fresh = async () => orgApi(api, await api.freshOrg());
  const group = (o: OrgApi, slug: string) => o.make('product-groups', { slug, name: slug });

  it('creates, reads, moves a product to another group and deletes it, recording each change', async () => {
    const o = await fresh();
    const first = await group(o, 'saksbehandling');
    const second = await group(o, 'innbygger');
    const created = await o.post('products', {
      slug: 'saksbehandler',
      name: 'Saksbehandler',
      productGroupId: first.id,
    });
    expect(created.statusCode).toBe(201);
    const product = json<Product>(created);
    expect(product).toMatchObject({ productGroupId: first.id, description: null, version: 1 });

    const read = await o.get(`products/${product.id}`);
    expect(read.headers.etag).toBe('"v1"');
    const moved = await o.patch(`products/${product.id}`, read.headers.etag, {
      productGroupId: second.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(json(moved)).toMatchObject({ productGroupId: second.id, name: 'Saksbehandler', version: 2 });
    expect(moved.headers.etag).toBe('"v2"');

    const stale = await o.patch(`products/${product.id}`, '"v1"', { name: 'Gammel' });
    expect(stale.statusCode).toBe(412);
    expect((await o.patch(`products/${product.id}`, undefined, { name: 'Uten' })).statusCode).toBe(428);

    expect((await o.remove(`products/${product.id}`, '"v2"')).statusCode).toBe(204);
    expect((await o.get(`products/${product.id}`)).statusCode).toBe(404);

    const trail = await auditTrail(o, product.id);
    expect(trail.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      'product:created',
      'product:updated',
      'product:deleted',
    ]);
    expect(trail[1]?.before).toMatchObject({ productGroupId: first.id });
    expect(trail[1]?.after).toMatchObject({ productGroupId: second.id });
  });

  it('pages through the products by name', async () => {
    const o = await fresh();
    const pg = await group(o, 'pg');
    const names = ['Minside', 'Arkivkjerne', 'Dokumentbank', 'Kalkulator', 'Betaling', 'Varsling', 'Chat'];
    for (const [i, name] of names.entries())
      await o.make('products', { slug: `p-${i}`, name, productGroupId: pg.id });
    const { items, pages } = await o.listAll<Product>('products', 3);
    expect(pages).toBe(3);
    expect(items.map((p) => p.name)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('answers 409 duplicate for a slug already used in the organisation', async () => {
    const o = await fresh();
    const pg = await group(o, 'pg');
    await o.make('products', { slug: 'minside', name: 'Min side', productGroupId: pg.id });
    const dup = await o.post('products', { slug: 'minside', name: 'Min side 2', productGroupId: pg.id });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'duplicate' });
    expect(await countRows(use(), 'products', o.org)).toBe(1);
  });

  it('answers 422 for a product group that does not exist or is another organisation’s, writing nothing', async () => {
    const o = await fresh();
    const other = await fresh();
    const theirs = await group(other, 'deres');
    const events = await countRows(use(), 'audit_events', o.org);
    for (const productGroupId of [crypto.randomUUID(), theirs.id]) {
      const res = await o.post('products', { slug: 'p', name: 'P', productGroupId });
      expect(res.statusCode).toBe(422);
      expect(json(res)).toMatchObject({ code: 'reference-not-found' });
    }
    expect(await countRows(use(), 'products', o.org)).toBe(0);
    expect(await countRows(use(), 'audit_events', o.org)).toBe(events);

    const ours = await group(o, 'vaar');
    const product = await o.make<Product>('products', { slug: 'p', name: 'P', productGroupId: ours.id });
    const moved = await o.patch(`products/${product.id}`, '"v1"', { productGroupId: theirs.id });
    expect(moved.statusCode).toBe(422);
    expect(json(await o.get(`products/${product.id}`))).toMatchObject({
      productGroupId: ours.id,
      version: 1,
    });
  });

  it('requires a product group and refuses unknown fields', async () => {
    const o = await fresh();
    const missing = await o.post('products', { slug: 'p', name: 'P' });
    expect(missing.statusCode).toBe(400);
    expect(json<{ issues: { path: string }[] }>(missing).issues.map((i) => i.path)).toContain(
      'body.productGroupId',
    );
    const pg = await group(o, 'pg');
    const unknown = await o.post('products', { slug: 'p', name: 'P', productGroupId: pg.id, owner: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(await countRows(use(), 'products', o.org)).toBe(0);
  });

  it('answers 409 in-use when deleting a product a team works on', async () => {
    const o = await fresh();
    const pg = await group(o, 'pg');
    const product = await o.make<Product>('products', { slug: 'p', name: 'P', productGroupId: pg.id });
    const team = await o.make('teams', {
      slug: 't',
      name: 'T',
      type: 'stream-aligned',
      productIds: [product.id],
    });
    const res = await o.remove(`products/${product.id}`, '"v1"');
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'in-use' });
    expect((await o.get(`products/${product.id}`)).statusCode).toBe(200);

    expect((await o.patch(`teams/${team.id}`, '"v1"', { productIds: [] })).statusCode).toBe(200);
    expect((await o.remove(`products/${product.id}`, '"v1"')).statusCode).toBe(204);
  });
});
