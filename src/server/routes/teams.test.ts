import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { auditTrail, countRows, insertInitiativeUsing, orgApi, type OrgApi } from './org-api-fixtures';

interface Team {
  id: string;
  version: number;
  name: string;
  productGroupIds: string[];
  productIds: string[];
  backlogs: { kind: string; ref: string }[];
  members: { personId: string; role: string | null }[];
  capacityPersonMonthsPerQuarter: number | null;
}

const sorted = (ids: string[]) => [...ids].sort();

describeEachDatabase('teams API', (use) => {
  const api = useTestApi(use);
  const fresh = async () => orgApi(api, await api.freshOrg());

  /** Two product groups with a product each, and two people. */
  const landscape = async (o: OrgApi) => {
    const pgA = await o.make('product-groups', { slug: 'a', name: 'A' });
    const pgB = await o.make('product-groups', { slug: 'b', name: 'B' });
    const prodA = await o.make('products', { slug: 'pa', name: 'PA', productGroupId: pgA.id });
    const prodB = await o.make('products', { slug: 'pb', name: 'PB', productGroupId: pgB.id });
    const kari = await o.make('people', { name: 'Kari' });
    const ola = await o.make('people', { name: 'Ola' });
    return { pgA: pgA.id, pgB: pgB.id, prodA: prodA.id, prodB: prodB.id, kari: kari.id, ola: ola.id };
  };

  it('creates a team with its links, reads, updates and deletes it, recording each change', async () => {
    const o = await fresh();
    const l = await landscape(o);
    const created = await o.post('teams', {
      slug: 'team-sak',
      name: 'Team Sak',
      type: 'stream-aligned',
      productGroupIds: [l.pgA],
      productIds: [l.prodA, l.prodB],
      backlogs: [{ kind: 'github-repository', ref: 'etat/sak' }],
      members: [{ personId: l.kari, role: 'teamleder' }, { personId: l.ola }],
      capacityPersonMonthsPerQuarter: 18,
    });
    expect(created.statusCode).toBe(201);
    const team = json<Team>(created);

    const read = await o.get(`teams/${team.id}`);
    expect(read.headers.etag).toBe('"v1"');
    const body = json<Team>(read);
    expect(body.productGroupIds).toEqual([l.pgA]);
    expect(sorted(body.productIds)).toEqual(sorted([l.prodA, l.prodB]));
    expect(body.backlogs).toEqual([{ kind: 'github-repository', ref: 'etat/sak' }]);
    expect(body.members).toEqual(
      expect.arrayContaining([
        { personId: l.kari, role: 'teamleder' },
        { personId: l.ola, role: null },
      ]),
    );
    expect(body.capacityPersonMonthsPerQuarter).toBe(18);

    const updated = await o.patch(`teams/${team.id}`, '"v1"', {
      name: 'Team Saksbehandling',
      type: 'platform',
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"v2"');
    expect(json(updated)).toMatchObject({
      name: 'Team Saksbehandling',
      type: 'platform',
      productGroupIds: [l.pgA],
    });

    expect((await o.remove(`teams/${team.id}`, '"v1"')).statusCode).toBe(412);
    expect((await o.remove(`teams/${team.id}`, '"v2"')).statusCode).toBe(204);
    expect((await o.get(`teams/${team.id}`)).statusCode).toBe(404);
    expect(await countRows(use(), 'team_members', o.org)).toBe(0);

    const trail = await auditTrail(o, team.id);
    expect(trail.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      'team:created',
      'team:updated',
      'team:deleted',
    ]);
    expect(trail[0]?.after).toMatchObject({ productGroupIds: [l.pgA], capacityPersonMonthsPerQuarter: 18 });
    expect(trail[2]?.before).toMatchObject({ name: 'Team Saksbehandling', productGroupIds: [l.pgA] });
  });

  it('replaces a link set only when the update names it', async () => {
    const o = await fresh();
    const l = await landscape(o);
    const team = await o.make<Team>('teams', {
      slug: 't',
      name: 'T',
      type: 'enabling',
      productGroupIds: [l.pgA],
      productIds: [l.prodA],
      members: [{ personId: l.kari, role: 'leder' }],
    });

    const swapped = await o.patch(`teams/${team.id}`, '"v1"', {
      productGroupIds: [l.pgB, l.pgA],
      productIds: [l.prodB],
    });
    expect(swapped.statusCode).toBe(200);
    const afterSwap = json<Team>(swapped);
    expect(sorted(afterSwap.productGroupIds)).toEqual(sorted([l.pgA, l.pgB]));
    expect(afterSwap.productIds).toEqual([l.prodB]);
    expect(afterSwap.members).toEqual([{ personId: l.kari, role: 'leder' }]);

    const cleared = json<Team>(
      await o.patch(`teams/${team.id}`, '"v2"', {
        members: [{ personId: l.ola, role: null }],
        productIds: [],
      }),
    );
    expect(cleared.members).toEqual([{ personId: l.ola, role: null }]);
    expect(cleared.productIds).toEqual([]);
    expect(sorted(cleared.productGroupIds)).toEqual(sorted([l.pgA, l.pgB]));
    expect(await countRows(use(), 'team_products', o.org)).toBe(0);

    const [, firstUpdate, secondUpdate] = await auditTrail(o, team.id);
    expect(firstUpdate?.before).toMatchObject({ productIds: [l.prodA] });
    expect(firstUpdate?.after).toMatchObject({ productIds: [l.prodB] });
    expect(secondUpdate?.after).toMatchObject({ members: [{ personId: l.ola, role: null }] });
  });

  it('answers 422 for links to rows that do not exist or belong to another organisation, writing nothing', async () => {
    const o = await fresh();
    const l = await landscape(o);
    const theirs = await landscape(await fresh());
    const events = await countRows(use(), 'audit_events', o.org);
    const bad = [
      { productGroupIds: [l.pgA, theirs.pgA] },
      { productIds: [crypto.randomUUID()] },
      { members: [{ personId: theirs.kari }] },
    ];
    for (const links of bad) {
      const res = await o.post('teams', { slug: 't', name: 'T', type: 'other', ...links });
      expect(res.statusCode).toBe(422);
      expect(json(res)).toMatchObject({ code: 'reference-not-found' });
    }
    expect(await countRows(use(), 'teams', o.org)).toBe(0);
    expect(await countRows(use(), 'team_product_groups', o.org)).toBe(0);
    expect(await countRows(use(), 'audit_events', o.org)).toBe(events);

    const team = await o.make<Team>('teams', { slug: 't', name: 'T', type: 'other', productIds: [l.prodA] });
    const res = await o.patch(`teams/${team.id}`, '"v1"', {
      name: 'Endret',
      productIds: [l.prodB, theirs.prodA],
    });
    expect(res.statusCode).toBe(422);
    expect(json(await o.get(`teams/${team.id}`))).toMatchObject({
      name: 'T',
      productIds: [l.prodA],
      version: 1,
    });
  });

  it('answers 400 when a person is listed twice, and 409 for a duplicate slug', async () => {
    const o = await fresh();
    const l = await landscape(o);
    const twice = await o.post('teams', {
      slug: 't',
      name: 'T',
      type: 'other',
      members: [
        { personId: l.kari, role: 'a' },
        { personId: l.kari, role: 'b' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(json(twice)).toMatchObject({ code: 'validation-failed', issues: [{ path: 'members' }] });

    await o.make('teams', { slug: 't', name: 'T', type: 'other' });
    const dup = await o.post('teams', { slug: 't', name: 'T2', type: 'other' });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'duplicate' });
    expect(await countRows(use(), 'teams', o.org)).toBe(1);
  });

  it('pages through teams with each team’s own links', async () => {
    const o = await fresh();
    const l = await landscape(o);
    const names = ['Elg', 'Bever', 'Gaupe', 'Jerv', 'Oter'];
    for (const [i, name] of names.entries()) {
      await o.make('teams', {
        slug: `t-${i}`,
        name,
        type: 'stream-aligned',
        productGroupIds: [i % 2 === 0 ? l.pgA : l.pgB],
        members: i === 3 ? [{ personId: l.ola }] : [],
      });
    }
    const { items, pages } = await o.listAll<Team>('teams', 2);
    expect(pages).toBe(3);
    expect(items.map((t) => t.name)).toEqual(['Bever', 'Elg', 'Gaupe', 'Jerv', 'Oter']);
    const byName = new Map(items.map((t) => [t.name, t]));
    expect(byName.get('Elg')?.productGroupIds).toEqual([l.pgA]);
    expect(byName.get('Bever')?.productGroupIds).toEqual([l.pgB]);
    expect(byName.get('Jerv')?.members).toEqual([{ personId: l.ola, role: null }]);
    expect(byName.get('Oter')?.members).toEqual([]);
  });

  it('answers 409 in-use when deleting a team an initiative is allocated to', async () => {
    const o = await fresh();
    const team = await o.make<Team>('teams', { slug: 't', name: 'T', type: 'platform' });
    await insertInitiativeUsing(use(), o.org, { teamId: team.id });
    const res = await o.remove(`teams/${team.id}`, '"v1"');
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'in-use' });
    expect((await o.get(`teams/${team.id}`)).statusCode).toBe(200);
    expect((await auditTrail(o, team.id)).map((e) => e.action)).toEqual(['created']);
  });
});
