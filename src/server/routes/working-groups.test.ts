import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { auditTrail, countRows, insertInitiativeUsing, orgApi } from './org-api-fixtures';

interface WorkingGroup {
  id: string;
  version: number;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  memberIds: string[];
}

const sorted = (ids: string[]) => [...ids].sort();

describeEachDatabase('working groups API', (use) => {
  const api = useTestApi(use);
  const fresh = async () => orgApi(api, await api.freshOrg());

  it('creates, reads, updates and deletes a working group with its members, recording each change', async () => {
    const o = await fresh();
    const kari = await o.make('people', { name: 'Kari' });
    const ola = await o.make('people', { name: 'Ola' });
    const created = await o.post('working-groups', {
      slug: 'ki-forum',
      name: 'KI-forum',
      purpose: 'Felles retning for KI',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      memberIds: [kari.id, ola.id],
    });
    expect(created.statusCode).toBe(201);
    const group = json<WorkingGroup>(created);
    expect(sorted(group.memberIds)).toEqual(sorted([kari.id, ola.id]));

    const read = await o.get(`working-groups/${group.id}`);
    expect(read.headers.etag).toBe('"v1"');
    expect(json(read)).toMatchObject({
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      purpose: 'Felles retning for KI',
    });

    const updated = await o.patch(`working-groups/${group.id}`, '"v1"', {
      endsOn: '2026-12-31',
      memberIds: [ola.id],
    });
    expect(updated.statusCode).toBe(200);
    expect(json(updated)).toMatchObject({
      endsOn: '2026-12-31',
      startsOn: '2026-01-01',
      memberIds: [ola.id],
      version: 2,
    });
    const renamed = json<WorkingGroup>(
      await o.patch(`working-groups/${group.id}`, '"v2"', { name: 'KI-rådet' }),
    );
    expect(renamed.memberIds).toEqual([ola.id]);

    expect((await o.remove(`working-groups/${group.id}`, '"v2"')).statusCode).toBe(412);
    expect((await o.remove(`working-groups/${group.id}`, '"v3"')).statusCode).toBe(204);
    expect((await o.get(`working-groups/${group.id}`)).statusCode).toBe(404);
    expect(await countRows(use(), 'working_group_members', o.org)).toBe(0);

    const trail = await auditTrail(o, group.id);
    expect(trail.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      'working-group:created',
      'working-group:updated',
      'working-group:updated',
      'working-group:deleted',
    ]);
    expect(trail[1]?.after).toMatchObject({ memberIds: [ola.id], endsOn: '2026-12-31' });
  });

  it('refuses a period whose end would fall before its start, also when only one end changes', async () => {
    const o = await fresh();
    const whole = await o.post('working-groups', {
      slug: 'a',
      name: 'A',
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    });
    expect(whole.statusCode).toBe(400);
    const group = await o.make('working-groups', { slug: 'b', name: 'B', startsOn: '2026-05-01' });
    const half = await o.patch(`working-groups/${group.id}`, '"v1"', { endsOn: '2026-04-30' });
    expect(half.statusCode).toBe(400);
    expect(json(half)).toMatchObject({ code: 'validation-failed', issues: [{ path: 'endsOn' }] });
    expect(json(await o.get(`working-groups/${group.id}`))).toMatchObject({ endsOn: null, version: 1 });
  });

  it('answers 422 for a member who does not exist or belongs to another organisation, writing nothing', async () => {
    const o = await fresh();
    const other = await fresh();
    const stranger = await other.make('people', { name: 'Fremmed' });
    const kari = await o.make('people', { name: 'Kari' });
    const events = await countRows(use(), 'audit_events', o.org);
    for (const memberIds of [[kari.id, crypto.randomUUID()], [stranger.id]]) {
      const res = await o.post('working-groups', { slug: 'g', name: 'G', memberIds });
      expect(res.statusCode).toBe(422);
      expect(json(res)).toMatchObject({ code: 'reference-not-found' });
    }
    expect(await countRows(use(), 'working_groups', o.org)).toBe(0);
    expect(await countRows(use(), 'working_group_members', o.org)).toBe(0);
    expect(await countRows(use(), 'audit_events', o.org)).toBe(events);

    const group = await o.make<WorkingGroup>('working-groups', {
      slug: 'g',
      name: 'G',
      memberIds: [kari.id],
    });
    const res = await o.patch(`working-groups/${group.id}`, '"v1"', { memberIds: [stranger.id] });
    expect(res.statusCode).toBe(422);
    expect(json(await o.get(`working-groups/${group.id}`))).toMatchObject({
      memberIds: [kari.id],
      version: 1,
    });
  });

  it('answers 409 duplicate for a slug already used, and pages by name', async () => {
    const o = await fresh();
    for (const [i, name] of ['Sky', 'Arkitektur', 'Personvern', 'Data'].entries()) {
      await o.make('working-groups', { slug: `g-${i}`, name });
    }
    const dup = await o.post('working-groups', { slug: 'g-0', name: 'Enda en' });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'duplicate' });
    const { items, pages } = await o.listAll<WorkingGroup>('working-groups', 3);
    expect(pages).toBe(2);
    expect(items.map((g) => g.name)).toEqual(['Arkitektur', 'Data', 'Personvern', 'Sky']);
  });

  it('answers 409 in-use when deleting a working group an initiative is allocated to', async () => {
    const o = await fresh();
    const group = await o.make('working-groups', { slug: 'g', name: 'G' });
    await insertInitiativeUsing(use(), o.org, { workingGroupId: group.id });
    const res = await o.remove(`working-groups/${group.id}`, '"v1"');
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'in-use' });
    expect((await o.get(`working-groups/${group.id}`)).statusCode).toBe(200);
  });
});
