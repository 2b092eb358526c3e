import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { teamsUseCases } from '../../services/organisation/teams';
import { describeEachDatabase } from '../../store/testing/test-database';
import { FakeGitHub } from '../fake/fake-github';
import { GithubSync } from '../github-sync';
import { mirrorState } from '../testing/mirror-state';
import { namespacedSeeder } from '../testing/seed-fake-portfolio';
import { useSyncHarness } from '../testing/sync-harness';

const SIZE = {
  initiatives: 3,
  elementsPerInitiative: 1,
  epicsPerElement: 2,
  issuesPerEpic: 2,
  initiativesPerTeam: 1,
};
const seedOn = namespacedSeeder('x', SIZE);

describeEachDatabase('GitHub sources and connections', (use) => {
  const harness = useSyncHarness(use);
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let appFake: FakeGitHub | undefined;
  beforeAll(async () => {
    // Only the App's installation tokens open this GitHub.
    appFake = await FakeGitHub.start({
      tokens: ['no-personal-token-works-here'],
      app: { appId: 4711, publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
    });
  });
  afterAll(() => appFake?.close());

  it('connects as a GitHub App, with an installation token per organisation', async () => {
    const fake = appFake!;
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    const sync = new GithubSync({
      database: use(),
      connection: {
        apiUrl: fake.baseUrl,
        graphqlUrl: fake.graphqlUrl,
        auth: {
          kind: 'app',
          appId: 4711,
          privateKeyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        },
      },
      clientOptions: { sleep: () => Promise.resolve(), writeIntervalMs: 0 },
    });
    const run = await sync.run(org.ctx, 'import');
    expect(run.report.errors).toEqual([]);
    expect(run.status).toBe('succeeded');
    // The seed spreads the backlogs over three organisations: one installation token each.
    expect(fake.stats.byRoute['POST /app/installations/{installation_id}/access_tokens']).toBe(3);
    expect((await mirrorState(use(), org.ctx.orgId)).items).toHaveLength(3 * 2 * 3);
    await sync.close();
  });

  it('reads a team backlog kept as a Projects board', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const owner = seeded.teams[0]!.owner;
    fake.addRepo(owner, 'tavle-backlog');
    const epic = fake.addIssue(owner, 'tavle-backlog', { title: 'Epos på tavla', labels: ['☂️ epic'] });
    const tasks = [1, 2].map((n) =>
      fake.addIssue(owner, 'tavle-backlog', { title: `Oppgave ${n} på tavla` }),
    );
    for (const task of tasks) fake.addSubIssue(epic, task);
    fake.closeIssue(tasks[0]!);
    fake.addProject(owner, { number: 9, title: 'Tavla', fields: [] });
    for (const issue of [epic, ...tasks]) fake.addProjectItem(owner, 9, issue);
    const org = await harness.orgFor(seeded);
    await teamsUseCases.create(org.ctx, {
      slug: 'tavla',
      name: 'Tavla',
      type: 'stream-aligned',
      backlogs: [{ kind: 'github-project', ref: `https://github.com/orgs/${owner}/projects/9/views/1` }],
    });
    const run = await harness.sync().run(org.ctx, 'import');
    expect(run.report.errors).toEqual([]);
    const items = (await mirrorState(use(), org.ctx.orgId)).items.filter((i) =>
      String(i.ref).includes('tavle-backlog'),
    );
    expect(items.map((i) => [i.kind, i.team, i.state])).toEqual([
      ['epic', 'tavla', 'open'],
      ['issue', 'tavla', 'closed'],
      ['issue', 'tavla', 'open'],
    ]);
    expect(items.find((i) => i.kind === 'epic')?.progress).toBe('0.5000');
  });

  it('follows a renamed repository: the mirrors move to the new name, nothing is duplicated', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const kept = await harness.orgFor(seeded);
    await harness.sync().run(kept.ctx, 'import');
    const team = seeded.teams[1]!;
    fake.renameRepo(team.owner, team.repo, `${team.repo}-nytt-navn`);
    const run = await harness.sync().run(kept.ctx, 'full-reconcile');
    expect(run.report.errors).toEqual([]);
    const state = await mirrorState(use(), kept.ctx.orgId);
    expect(state.items.some((i) => String(i.ref).includes(`${team.repo}-nytt-navn#`.toLowerCase()))).toBe(
      true,
    );
    expect(state.items.some((i) => String(i.ref).endsWith(`${team.repo}#1`.toLowerCase()))).toBe(false);
    const fresh = await harness.orgFor(seeded);
    await harness.sync().run(fresh.ctx, 'import');
    expect(state).toEqual(await mirrorState(use(), fresh.ctx.orgId));
  });
});
