import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { mirrorState } from '../testing/mirror-state';
import { seedFakePortfolio } from '../testing/seed-fake-portfolio';
import { useSyncHarness } from '../testing/sync-harness';

describeEachDatabase('importing from GitHub', (use) => {
  const harness = useSyncHarness(use);

  it('imports the portfolio, the roadmap board and the backlogs into one red thread', async () => {
    const fake = harness.fake();
    const seeded = seedFakePortfolio(fake, {
      initiatives: 4,
      elementsPerInitiative: 3,
      epicsPerElement: 2,
      issuesPerEpic: 3,
    });
    const { ctx } = await harness.orgFor(seeded);
    const run = await harness.sync().run(ctx, 'import');
    expect(run.report.errors).toEqual([]);
    expect(run.status).toBe('succeeded');
    const state = await mirrorState(use(), ctx.orgId);

    expect(state.initiatives.map((i) => i.key)).toEqual([
      'Sak 1-2026',
      'Sak 2-2026',
      'Sak 3-2026',
      'Sak 4-2026',
    ]);
    expect(state.initiatives.map((i) => i.phase)).toEqual([
      'ikke-startet',
      'problem',
      'konsept',
      'planlegging',
    ]);
    expect(state.initiatives[0]).toMatchObject({ title: 'Tiltak 1', person_months_total: 6.5 });
    expect(state.elements).toHaveLength(12);
    expect(state.items.filter((i) => i.kind === 'epic')).toHaveLength(24);
    expect(state.items.filter((i) => i.kind === 'issue')).toHaveLength(72);
    expect(state.items.filter((i) => i.kind === 'issue').every((i) => i.parent !== null)).toBe(true);

    const element = (n: number) => state.elements.find((e) => e.ref === `digdir/roadmap#${n}`)!;
    const first = element(1);
    expect(first).toMatchObject({
      status: 'under-consideration',
      product: 'produkt-1',
      start_on: '2026-01-01',
      end_on: '2026-07-28',
      initiatives: 'Sak 1-2026',
    });
    expect(String(first.epics).split(',')).toHaveLength(2);
    // "1,5" on the board (decimal comma) is 1.5 person-weeks.
    expect(element(2)).toMatchObject({ estimate_person_weeks: 1.5, depends_on: first.ref });
    // Progress rolls up from the issues to the initiative: computed, not the typed Progresjon (%).
    expect(Number(state.initiatives[0]!.progress)).toBeGreaterThan(0);
    expect(run.report.counts.created).toBe(4 + 12 + 24 + 72);
    // Each issue written once: the import's second look (for the ETags) finds them unchanged.
    expect(run.report.counts.updated).toBe(0);
    const versions = await use().query<{ version: number }>(
      'SELECT DISTINCT version FROM backlog_items WHERE org_id = $1',
      [ctx.orgId],
    );
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect(fake.restViolations).toEqual([]);
    expect(fake.graphqlViolations).toEqual([]);
  });
});
