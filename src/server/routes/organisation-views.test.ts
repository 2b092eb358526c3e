import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { CheckReport } from '../../contracts/checks';
import type { PersonInitiativeList, TeamLoadReport } from '../../contracts/organisation-views';
import { todayInOslo } from '../../services/shared/today';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { orgApi, type OrgApi } from './org-api-fixtures';

describeEachDatabase('organisation views API', (use) => {
  const api = useTestApi(use);
  const year = Number(todayInOslo().slice(0, 4));

  /** Phase and status move only through gates; these views only read them, so the test sets them in the store. */
  const place = (o: OrgApi, id: string, phase: string, status = 'active') =>
    use().query(
      `UPDATE initiatives SET phase = $1, status = $2
       WHERE id = $3 AND org_id = (SELECT id FROM organisations WHERE slug = $4)`,
      [phase, status, id, o.org],
    );

  /** Two teams, one person, and four initiatives allocated to the first team in different phases. */
  async function portfolio() {
    const o = orgApi(api, await api.freshOrg());
    const kari = await o.make('people', { name: 'Kari' });
    const team = await o.make('teams', {
      slug: 'team-a',
      name: 'Team A',
      type: 'stream-aligned',
      capacityPersonMonthsPerQuarter: 6,
    });
    const other = await o.make('teams', { slug: 'team-b', name: 'Team B', type: 'platform' });
    const make = async (title: string, body: object, phase: string, status = 'active') => {
      const created = await o.make<{ id: string; key: string }>('initiatives', { title, ...body });
      await place(o, created.id, phase, status);
      return created;
    };
    const lines = (...plan: [number, number][]) =>
      plan.map(([y, internalPersonMonths]) => ({ year: y, internalPersonMonths }));
    const alone = await make(
      'Alene',
      {
        allocation: { kind: 'teams', teamIds: [team.id] },
        resources: lines([year, 20], [year, 4], [year + 1, 8]),
        ownerId: kari.id,
      },
      'implementering',
    );
    const shared = await make(
      'Delt',
      {
        allocation: { kind: 'teams', teamIds: [team.id, other.id] },
        resources: lines([year, 16]),
        submitterId: kari.id,
        responsibleId: kari.id,
      },
      'planlegging',
    );
    const early = await make(
      'Tidlig',
      { allocation: { kind: 'teams', teamIds: [team.id] }, resources: lines([year, 100]) },
      'konsept',
    );
    const parked = await make(
      'Parkert',
      { allocation: { kind: 'teams', teamIds: [team.id] }, resources: lines([year, 40]) },
      'implementering',
      'parked',
    );
    return { o, kari, team, other, alone, shared, early, parked };
  }

  it("answers a team's load per quarter by the rule of the capacity check", async () => {
    const p = await portfolio();
    const res = await p.o.get(`teams/${p.team.id}/load`);
    expect(res.statusCode).toBe(200);
    const load = json<TeamLoadReport>(res);
    expect(load.capacityPersonMonthsPerQuarter).toBe(6);
    // This year: 24 / 4 + 16 / 2 / 4 = 8 of 6; next year 8 / 4 = 2. The early and the parked one do not load.
    expect(load.quarters.map((q) => [q.year, q.quarter, q.demand, q.overBy])).toEqual([
      [year, 1, 8, 2],
      [year, 2, 8, 2],
      [year, 3, 8, 2],
      [year, 4, 8, 2],
      [year + 1, 1, 2, null],
      [year + 1, 2, 2, null],
      [year + 1, 3, 2, null],
      [year + 1, 4, 2, null],
    ]);
    expect(
      load.allocations.map((a) => [
        a.key,
        a.teamsSharing,
        a.countsTowardsLoad,
        a.perQuarter.map((q) => q.personMonths),
      ]),
    ).toEqual([
      [p.alone.key, 1, true, [6, 2]],
      [p.shared.key, 2, true, [2, 0]],
      [p.early.key, 1, false, [25, 0]],
      [p.parked.key, 1, false, [10, 0]],
    ]);
    expect(load.allocations[3]).toMatchObject({
      status: 'parked',
      phase: 'implementering',
      title: 'Parkert',
    });

    // The portfolio check finds the same team over capacity; the other team has no capacity and no load.
    const checks = json<CheckReport>(await p.o.get('checks'));
    const over = checks.results.find((r) => r.id === 'team-over-capacity')?.items.map((i) => i.id);
    expect(over).toEqual([p.team.id]);
    const other = json<TeamLoadReport>(await p.o.get(`teams/${p.other.id}/load`));
    expect(other.quarters[0]).toMatchObject({ demand: 2, capacity: null, overBy: null });
  });

  it("answers a person's initiatives with what the person is to each", async () => {
    const p = await portfolio();
    const res = await p.o.get(`people/${p.kari.id}/initiatives`);
    expect(res.statusCode).toBe(200);
    expect(json<PersonInitiativeList>(res).items.map((i) => [i.key, i.roles])).toEqual([
      [p.alone.key, ['owner']],
      [p.shared.key, ['submitter', 'responsible']],
    ]);
    const nobody = await p.o.make('people', { name: 'Ola' });
    expect(json<PersonInitiativeList>(await p.o.get(`people/${nobody.id}/initiatives`)).items).toEqual([]);
  });

  it('says not found for a team or person the organisation does not have', async () => {
    const p = await portfolio();
    for (const path of [`teams/${randomUUID()}/load`, `people/${randomUUID()}/initiatives`]) {
      const res = await p.o.get(path);
      expect({ status: res.statusCode, code: json(res).code }).toEqual({ status: 404, code: 'not-found' });
    }
    // Another organisation's team is not found either.
    const elsewhere = orgApi(api, await api.freshOrg());
    expect((await elsewhere.get(`teams/${p.team.id}/load`)).statusCode).toBe(404);
  });
});
