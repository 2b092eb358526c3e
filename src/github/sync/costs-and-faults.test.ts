import { expect, it } from 'vitest';
import { teamsUseCases } from '../../services/organisation/teams';
import { describeEachDatabase } from '../../store/testing/test-database';
import { mirrorState } from '../testing/mirror-state';
import { namespacedSeeder } from '../testing/seed-fake-portfolio';
import { useSyncHarness } from '../testing/sync-harness';

const SIZE = {
  initiatives: 3,
  elementsPerInitiative: 2,
  epicsPerElement: 2,
  issuesPerEpic: 3,
  initiativesPerTeam: 1,
};
const seedOn = namespacedSeeder('c', SIZE);

describeEachDatabase('what the GitHub sync costs, and how it weathers faults', (use) => {
  const harness = useSyncHarness(use);

  it('a reconcile with nothing changed makes no request that counts against the rate limit', async () => {
    const fake = harness.fake();
    const org = await harness.orgFor(seedOn(fake));
    await harness.sync().run(org.ctx, 'import');
    const before = { ...fake.stats };
    const run = await harness.sync().run(org.ctx, 'reconcile');
    const after = { ...fake.stats };
    expect(run.report.requests.counted).toBe(0);
    expect(after.counted - before.counted).toBe(0);
    // It did ask: every listing answered 304.
    expect(after.notModified - before.notModified).toBeGreaterThan(0);
    expect(run.report.counts).toMatchObject({ created: 0, updated: 0, deleted: 0 });
  });

  it('a change costs only the listings that changed', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    await harness.sync().run(org.ctx, 'import');
    fake.closeIssue(seeded.issues[1]!);
    const run = await harness.sync().run(org.ctx, 'reconcile');
    expect(run.report.counts.updated).toBeGreaterThanOrEqual(1);
    // The team repository's listing, asked again until its ETag settles; every other listing is a 304.
    expect(run.report.requests.counted).toBeLessThanOrEqual(3);
  });

  it('finishes through 502s, secondary rate limits and timeouts, loses nothing and says what it retried', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const clean = await harness.orgFor(seeded);
    await harness.sync().run(clean.ctx, 'import');
    const org = await harness.orgFor(seeded);
    fake.injectFault({ path: /\/issues$/, kind: 'bad-gateway', times: 2 });
    fake.injectFault({
      path: /projectsV2\/\d+\/items/,
      kind: 'secondary-rate-limit',
      times: 1,
      retryAfterSeconds: 3,
    });
    fake.injectFault({ path: /portefolje\/issues/, kind: 'timeout', times: 1 });
    const run = await harness.sync().run(org.ctx, 'import');
    expect(run.status).toBe('succeeded');
    expect(fake.faultsServed()).toHaveLength(4);
    const reasons = run.report.retries.map((r) => r.reason).sort();
    expect(reasons).toEqual(['bad-gateway', 'bad-gateway', 'secondary-rate-limit', 'timeout']);
    expect(run.report.retries.find((r) => r.reason === 'secondary-rate-limit')?.waitedMs).toBe(3_000);
    expect(await mirrorState(use(), org.ctx.orgId)).toEqual(await mirrorState(use(), clean.ctx.orgId));
  });

  it('records a run GitHub refuses as failed, with the reason, and keeps what was there', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    await harness.sync().run(org.ctx, 'import');
    const before = await mirrorState(use(), org.ctx.orgId);
    fake.closeIssue(seeded.issues[0]!);
    fake.injectFault({ path: /\/issues$/, kind: 'server-error', times: 20 });
    const run = await harness.sync().run(org.ctx, 'reconcile');
    fake.clearFaults();
    expect(run.status).toBe('failed');
    expect(run.report.errors[0]?.message).toMatch(/5\d\d|unavailable|server/i);
    expect(await mirrorState(use(), org.ctx.orgId)).toEqual(before);
    // The next run picks the change up: the cursor did not move past it.
    expect((await harness.sync().run(org.ctx, 'reconcile')).report.counts.updated).toBeGreaterThanOrEqual(1);
  });

  it('reports a backlog repository it cannot read and imports the rest', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    await teamsUseCases.create(org.ctx, {
      slug: 'borte',
      name: 'Borte',
      type: 'platform',
      backlogs: [{ kind: 'github-repository', ref: 'nobody/missing-backlog' }],
    });
    const run = await harness.sync().run(org.ctx, 'import');
    expect(run.status).toBe('failed');
    expect(run.report.errors).toHaveLength(1);
    expect(run.report.errors[0]?.ref).toBe('nobody/missing-backlog');
    expect(run.report.errors[0]?.message).toMatch(/cannot be read/);
    const state = await mirrorState(use(), org.ctx.orgId);
    expect(state.initiatives).toHaveLength(SIZE.initiatives);
    expect(state.items.length).toBeGreaterThan(0);
  });
});
