import { expect, it } from 'vitest';
import type { CheckReport } from '../../contracts/checks';
import type { StrategyCoverage } from '../../contracts/strategy-coverage';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';
import { orgApi } from './org-api-fixtures';

describeEachDatabase('strategy coverage API', (use) => {
  const api = useTestApi(use);

  /** Phase and status move only through gates; the coverage only reads them, so the test sets status in the store. */
  const stop = (org: string, id: string) =>
    use().query(
      `UPDATE initiatives SET status = 'stopped' WHERE id = $1 AND org_id = (SELECT id FROM organisations WHERE slug = $2)`,
      [id, org],
    );

  it('lists each source with its items and the initiatives serving them, and counts the goals with none', async () => {
    const o = orgApi(api, await api.freshOrg());
    const okr = await o.make('strategy/sources', { kind: 'okr', title: 'OKR 2026' });
    const strategy = await o.make('strategy/sources', {
      kind: 'agency-strategy',
      title: 'Virksomhetsstrategi',
      periodStart: '2020-01-01',
      periodEnd: '2099-12-31',
    });
    const item = (sourceId: string, body: object) => o.make('strategy/items', { sourceId, ...body });
    const g1 = await item(strategy.id, { kind: 'goal', ref: 'M1', title: 'Sammenhengende tjenester' });
    const a1 = await item(strategy.id, { kind: 'assignment', title: 'Varsling', parentId: g1.id });
    const g2 = await item(strategy.id, { kind: 'goal', ref: 'M2', title: 'Stabile felleskomponenter' });
    await item(strategy.id, {
      kind: 'objective',
      title: 'Et mål som er forbi',
      periodStart: '2020-01-01',
      periodEnd: '2020-03-31',
    });
    const o4 = await item(okr.id, { kind: 'objective', ref: 'O1', title: 'Raskere innlogging' });

    const serving = await o.make<{ id: string; key: string }>('initiatives', {
      title: 'Varsler som blir lest',
      strategicItemIds: [a1.id, o4.id],
    });
    const stopped = await o.make<{ id: string; key: string }>('initiatives', {
      title: 'Stoppet sak',
      strategicItemIds: [g2.id],
    });
    await stop(o.org, stopped.id);

    const res = await o.get('strategy/coverage');
    expect(res.statusCode).toBe(200);
    const coverage = json<StrategyCoverage>(res);
    expect(coverage.sources.map((s) => s.title)).toEqual(['Virksomhetsstrategi', 'OKR 2026']);
    const [first, second] = coverage.sources;
    const line = (i: StrategyCoverage['sources'][number]['items'][number]) => ({
      title: i.title,
      initiatives: i.initiatives.map((x) => `${x.key} ${x.status}`),
      covered: i.covered,
      ended: i.ended,
      goalWithout: i.goalWithout,
    });
    expect(first?.items.map(line)).toEqual([
      { title: 'Sammenhengende tjenester', initiatives: [], covered: true, ended: false, goalWithout: false },
      {
        title: 'Varsling',
        initiatives: [`${serving.key} active`],
        covered: true,
        ended: false,
        goalWithout: false,
      },
      {
        title: 'Stabile felleskomponenter',
        initiatives: [`${stopped.key} stopped`],
        covered: false,
        ended: false,
        goalWithout: true,
      },
      { title: 'Et mål som er forbi', initiatives: [], covered: false, ended: true, goalWithout: false },
    ]);
    expect(second?.items.map((i) => [i.title, i.covered])).toEqual([['Raskere innlogging', true]]);
    expect(first?.items[1]?.initiatives[0]).toMatchObject({ id: serving.id, title: 'Varsler som blir lest' });
    expect(coverage.goalsWithout).toBe(1);

    // The same goals as the portfolio check finds.
    const checks = json<CheckReport>(await o.get('checks'));
    const found = checks.results.find((r) => r.id === 'goal-without-initiative')?.items.map((i) => i.id);
    const flagged = coverage.sources.flatMap((s) => s.items.filter((i) => i.goalWithout).map((i) => i.id));
    expect(flagged).toEqual(found);
  });

  it('answers an empty organisation, and a reader may read it', async () => {
    const org = await api.freshOrg();
    const reader = await createMember(use(), org, 'reader');
    const res = await api.requestAs(bearer(reader.token), {
      method: 'GET',
      url: `/api/v1/orgs/${org}/strategy/coverage`,
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ sources: [], goalsWithout: 0 });
  });
});
