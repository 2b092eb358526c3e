import { expect, it } from 'vitest';
import { CHECK_IDS } from '../../contracts/checks';
import { CHECK_CATALOGUE } from '../../domain/checks/check-catalogue';
import { describeEachDatabase } from '../../store/testing/test-database';
import { backlogItemsUseCases } from '../backlog/backlog-items';
import { teamsUseCases } from '../organisation/teams';
import { roadmapElementsUseCases } from '../roadmap/roadmap-elements';
import { itemsUseCases } from '../strategy/items';
import { sourcesUseCases } from '../strategy/sources';
import { found, freshContext, initiativeIn, resultOf, typeProgress } from './checks-fixture';
import { runPortfolioChecks } from './run-portfolio-checks';

describeEachDatabase('portfolio checks', (use) => {
  it('finds current goals and objectives that no initiative serves, directly or below them', async () => {
    const ctx = await freshContext(use());
    const letter = await sourcesUseCases.create(ctx, {
      kind: 'allocation-letter',
      title: 'Tildelingsbrev 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    const item = (input: Omit<Parameters<typeof itemsUseCases.create>[1], 'sourceId'>) =>
      itemsUseCases.create(ctx, { sourceId: letter.id, ...input });
    const served = await item({ kind: 'goal', ref: 'Mål 1', title: 'Enklere tjenester' });
    const assignment = await item({
      kind: 'assignment',
      ref: 'Oppdrag 1',
      title: 'Varsling',
      parentId: served.id,
    });
    const lonely = await item({ kind: 'goal', ref: 'Mål 2', title: 'Deling av data' });
    const objective = await item({ kind: 'objective', ref: 'O1', title: 'Raskere svar' });
    const keyResult = await item({
      kind: 'key-result',
      ref: 'KR1',
      title: 'Svar innen to dager',
      parentId: objective.id,
    });
    await item({ kind: 'action', ref: 'Tiltak 1', title: 'Et tiltak uten initiativ' });
    const old = await sourcesUseCases.create(ctx, {
      kind: 'agency-strategy',
      title: 'Gammel strategi',
      periodEnd: '2025-12-31',
    });
    await itemsUseCases.create(ctx, { sourceId: old.id, kind: 'goal', title: 'Utløpt mål' });
    await initiativeIn(ctx, 'konsept', { title: 'Varsler', strategicItemIds: [assignment.id] });
    // A stopped initiative serves nothing.
    await initiativeIn(ctx, 'konsept', { title: 'Stoppet', strategicItemIds: [lonely.id] }, 'stopped');
    const items = resultOf(await runPortfolioChecks(ctx), 'goal-without-initiative').items;
    const fromLetter = {
      nb: 'fra Tildelingsbrev 2026',
      nn: 'frå Tildelingsbrev 2026',
      en: 'from Tildelingsbrev 2026',
    };
    expect(items.map((i) => [i.type, i.ref, i.title, i.detail])).toEqual([
      ['strategic-item', 'Mål 2', 'Deling av data', fromLetter],
      ['strategic-item', 'O1', 'Raskere svar', fromLetter],
    ]);

    await initiativeIn(ctx, 'problem', { title: 'Deling', strategicItemIds: [lonely.id] });
    await initiativeIn(ctx, 'problem', { title: 'Svartid', strategicItemIds: [keyResult.id] });
    expect(await found(ctx, 'goal-without-initiative')).toEqual([]);
  });

  it('finds hand-typed progress far from the computed progress, until it is corrected', async () => {
    const ctx = await freshContext(use());
    const initiative = await initiativeIn(ctx, 'implementering', { title: 'Målt' });
    const element = await roadmapElementsUseCases.create(ctx, {
      title: 'Halvveis',
      status: 'in-progress',
      initiativeIds: [initiative.id],
    });
    const epic = await backlogItemsUseCases.create(ctx, {
      kind: 'epic',
      title: 'Epos',
      roadmapElementIds: [element.id],
    });
    await backlogItemsUseCases.create(ctx, {
      kind: 'issue',
      title: 'Ferdig',
      parentId: epic.id,
      state: 'closed',
      stateReason: 'completed',
    });
    await backlogItemsUseCases.create(ctx, { kind: 'issue', title: 'Åpen', parentId: epic.id });
    const close = await initiativeIn(ctx, 'implementering', { title: 'Nær nok' });
    await roadmapElementsUseCases.create(ctx, { title: 'Uten epos', initiativeIds: [close.id] });
    const unknown = await initiativeIn(ctx, 'planlegging', { title: 'Ingenting å regne på' });
    await typeProgress(ctx, 'initiatives', initiative.id, 80);
    await typeProgress(ctx, 'roadmap_elements', element.id, 10);
    await typeProgress(ctx, 'initiatives', unknown.id, 90);
    expect(await found(ctx, 'progress-disagrees')).toEqual([
      `${initiative.key} Målt (satt 80 %, beregnet 50 %)`,
      '- Halvveis (satt 10 %, beregnet 50 %)',
    ]);
    expect(await found(ctx, 'progress-disagrees', 'nn')).toEqual([
      `${initiative.key} Målt (sett 80 %, berekna 50 %)`,
      '- Halvveis (sett 10 %, berekna 50 %)',
    ]);
    expect(await found(ctx, 'progress-disagrees', 'en')).toEqual([
      `${initiative.key} Målt (typed 80 %, computed 50 %)`,
      '- Halvveis (typed 10 %, computed 50 %)',
    ]);

    await typeProgress(ctx, 'initiatives', initiative.id, 60);
    await typeProgress(ctx, 'roadmap_elements', element.id, null);
    expect(await found(ctx, 'progress-disagrees')).toEqual([]);
  });

  it('finds teams whose allocations this year ask for more than their capacity, until it is raised', async () => {
    const ctx = await freshContext(use());
    const team = (slug: string, capacity: number | null) =>
      teamsUseCases.create(ctx, {
        slug,
        name: slug.toUpperCase(),
        type: 'stream-aligned',
        capacityPersonMonthsPerQuarter: capacity,
      });
    const busy = await team('travelt', 5);
    const shared = await team('delt', 10);
    const unmeasured = await team('umalt', null);
    const year = (internalPersonMonths: number, y = 2026) => ({
      year: y,
      internalPersonMonths,
      externalPersonMonths: 3,
    });
    const teams = (...ids: string[]) => ({ kind: 'teams' as const, teamIds: ids });
    // 24 a year alone is 6 a quarter; 12 shared by two teams is 1.5 a quarter each: 7.5 in all.
    await initiativeIn(ctx, 'planlegging', {
      title: 'Stor',
      resources: [year(24), year(40, 2027)],
      allocation: teams(busy.id),
    });
    await initiativeIn(ctx, 'implementering', {
      title: 'Delt',
      resources: [year(12)],
      allocation: teams(busy.id, shared.id),
    });
    await initiativeIn(ctx, 'konsept', {
      title: 'Ikke ennå',
      resources: [year(100)],
      allocation: teams(busy.id),
    });
    await initiativeIn(
      ctx,
      'planlegging',
      { title: 'Parkert', resources: [year(100)], allocation: teams(busy.id) },
      'parked',
    );
    await initiativeIn(ctx, 'implementering', {
      title: 'Umålt',
      resources: [year(100)],
      allocation: teams(unmeasured.id),
    });
    const items = resultOf(await runPortfolioChecks(ctx), 'team-over-capacity').items;
    expect(items).toEqual([
      {
        type: 'team',
        id: busy.id,
        ref: 'travelt',
        title: 'TRAVELT',
        detail: {
          nb: 'behov 7,5 månedsverk per kvartal, kapasitet 5',
          nn: 'behov 7,5 månadsverk per kvartal, kapasitet 5',
          en: 'demand 7.5 person-months per quarter, capacity 5',
        },
      },
    ]);

    await teamsUseCases.update(ctx, busy.id, busy.version, { capacityPersonMonthsPerQuarter: 8 });
    expect(await found(ctx, 'team-over-capacity')).toEqual([]);
  });

  it('reports every check with its catalogue wording, counts items per severity, and stays in the organisation', async () => {
    const ctx = await freshContext(use());
    const other = await freshContext(use());
    await initiativeIn(other, 'implementering', { title: 'Annen organisasjon' });
    const a = await initiativeIn(ctx, 'implementering', { title: 'Uten alt' });
    await initiativeIn(ctx, 'konsept', { title: 'Uten opphav' });
    const report = await runPortfolioChecks(ctx);
    expect(report.results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    for (const result of report.results) {
      expect({ ...result, items: [] }).toEqual({ id: result.id, ...CHECK_CATALOGUE[result.id], items: [] });
    }
    expect(resultOf(report, 'implementation-without-roadmap').items).toEqual([
      { type: 'initiative', id: a.id, ref: a.key, title: 'Uten alt', detail: null },
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 2, info: 0 });
    expect(Date.parse(report.checkedAt)).not.toBeNaN();
  });
});
