import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ConnectionCheckSchema,
  GithubSettingsSchema,
  SyncRunSchema,
  SyncStatusSchema,
  type SyncStatus,
} from '../../../contracts/github-sync';
import { seedFakePortfolio, type SeededGithub } from '../../../github/testing/seed-fake-portfolio';
import { TEST_GITHUB_TOKEN, useSyncHarness } from '../../../github/testing/sync-harness';
import { json } from '../../../server/testing/test-app';
import { startSyncRun } from '../../../services/github-sync/sync-runs';
import { describeEachDatabase } from '../../../store/testing/test-database';
import { bufferIo } from '../../cli-io';
import { runCli } from '../../program';

describeEachDatabase('rodtrad github connect, import github and sync', (use) => {
  const harness = useSyncHarness(use);
  let url = '';
  let configDir = '';
  let seededGithub: SeededGithub | undefined;
  beforeAll(async () => {
    const app = harness.api.app();
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    // Runs never read the developer's own ~/.config/rodtrad.
    configDir = mkdtempSync(join(tmpdir(), 'rodtrad-cli-github-'));
    seededGithub = seedFakePortfolio(harness.fake(), {
      initiatives: 2,
      elementsPerInitiative: 2,
      epicsPerElement: 2,
      issuesPerEpic: 2,
    });
  });
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));

  const seeded = () => {
    if (!seededGithub) throw new Error('the fake GitHub is not seeded');
    return seededGithub;
  };
  const rodtrad = async (org: string, ...args: string[]) => {
    const io = bufferIo();
    const code = await runCli(['--server', url, '--token', harness.api.adminToken(), ...args, '--org', org], {
      io,
      env: { RODTRAD_CONFIG_DIR: configDir },
    });
    return { code, out: io.stdout(), err: io.stderr() };
  };
  const statusOf = async (org: string) =>
    SyncStatusSchema.parse(
      json<SyncStatus>(await harness.api.request({ method: 'GET', url: `/api/v1/orgs/${org}/github` })),
    );
  const sourceFlags = () => {
    const s = seeded();
    return [
      '--portfolio',
      `${s.portfolio.owner}/${s.portfolio.repo}`,
      '--portfolio-project',
      String(s.portfolio.project),
      '--roadmap',
      `${s.roadmap.owner}/${s.roadmap.repo}`,
      '--roadmap-project',
      String(s.roadmap.project),
    ];
  };

  /** One organisation imported through the CLI, shared by the tests that sync after it. */
  let imported: Promise<{ org: string; run: Awaited<ReturnType<typeof rodtrad>> }> | undefined;
  const importedOrg = () =>
    (imported ??= (async () => {
      const { slug } = await harness.orgFor(seeded());
      return { org: slug, run: await rodtrad(slug, 'import', 'github') };
    })());

  it('connect saves the sources, lists each as reachable with the rate budget, and exits 0', async () => {
    const { slug } = await harness.orgFor(seeded());
    const run = await rodtrad(
      slug,
      'github',
      'connect',
      ...sourceFlags(),
      '--phase-field',
      'Fase',
      '--epic-label',
      'Epic',
      '--epic-label',
      '☂️ epic',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const s = seeded();
    const check = ConnectionCheckSchema.parse(
      json(await harness.api.request({ method: 'POST', url: `/api/v1/orgs/${slug}/github/check` })),
    );
    const listed = check.sources.map((x) => x.source);
    expect(listed).toContain(`${s.portfolio.owner}/${s.portfolio.repo}`);
    expect(listed).toContain(`${s.roadmap.owner}/projectsV2/${s.roadmap.project}`);
    for (const source of listed) expect(run.out).toMatch(new RegExp(`^${source}\\s+yes\\s+-$`, 'm'));
    expect(run.out).toMatch(/^Rate budget: {2}core \d+\/\d+ left \(resets /m);
    const settings = (await statusOf(slug)).settings;
    expect(settings).toMatchObject({
      enabled: true,
      portfolio: { owner: s.portfolio.owner, repo: s.portfolio.repo, project: s.portfolio.project },
      roadmap: { project: s.roadmap.project, writeBack: false },
      epicLabels: ['Epic', '☂️ epic'],
    });

    const asJson = await rodtrad(slug, 'github', 'connect', ...sourceFlags(), '--write-back', '--json');
    expect(asJson.code).toBe(0);
    const parsed = JSON.parse(asJson.out) as { settings: unknown; check: unknown };
    expect(GithubSettingsSchema.parse(parsed.settings)).toMatchObject({
      roadmap: { writeBack: true },
      epicLabels: ['Epic', '☂️ epic'],
    });
    expect(ConnectionCheckSchema.parse(parsed.check).sources.every((x) => x.reachable)).toBe(true);
  });

  it('connect lists an unreachable repository with GitHub’s message and exits non-zero', async () => {
    const { slug } = await harness.orgFor(seeded());
    const s = seeded();
    const run = await rodtrad(
      slug,
      'github',
      'connect',
      '--portfolio',
      `${s.portfolio.owner}/finnes-ikke`,
      '--roadmap',
      `${s.roadmap.owner}/${s.roadmap.repo}`,
    );
    expect(run.code).toBe(1);
    expect(run.out).toMatch(new RegExp(`^${s.portfolio.owner}/finnes-ikke\\s+NO\\s+\\S`, 'm'));
    expect(run.out).toMatch(new RegExp(`^${s.roadmap.owner}/${s.roadmap.repo}\\s+yes`, 'm'));
    expect(run.err).toContain(`do not reach ${s.portfolio.owner}/finnes-ikke`);
  });

  it('connect refuses a malformed repository and takes no GitHub token', async () => {
    const org = await harness.api.freshOrg();
    const bad = await rodtrad(org, 'github', 'connect', '--portfolio', 'no-slash', '--roadmap', 'a/b');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('expected a repository like');
    const token = await rodtrad(org, 'github', 'connect', ...sourceFlags(), '--github-token', 'x');
    expect(token.code).toBe(2);
    expect((await statusOf(org)).settings).toBeNull();
  });

  it('import github prints a summary whose created count is what was imported', async () => {
    const { org, run } = await importedOrg();
    expect(run.code).toBe(0);
    const s = seeded();
    const seededCount = s.initiatives.length + s.elements.length + s.epics.length + s.issues.length;
    const [last] = (await statusOf(org)).runs;
    expect(last).toMatchObject({ trigger: 'import', status: 'succeeded' });
    expect(last?.report.counts.created).toBe(seededCount);
    expect(run.out).toMatch(new RegExp(`^Import succeeded in [\\d.]+ s \\(run ${last?.id}\\)\\.$`, 'm'));
    expect(run.out).toMatch(new RegExp(`^Created: {4}${seededCount}$`, 'm'));
    const r = last!.report.requests;
    expect(run.out).toContain(
      `Requests:     ${r.total} to GitHub, ${r.counted} counted against the rate limit`,
    );
    // The progress goes to standard error, a line at a time without a terminal.
    expect(run.err).toMatch(/^starting$/m);
    expect(run.err).not.toContain('\r');
  });

  it('sync right after prints what the reconcile did: nothing new, as reported', async () => {
    const { org } = await importedOrg();
    const run = await rodtrad(org, 'sync');
    expect(run.code).toBe(0);
    const [last] = (await statusOf(org)).runs;
    expect(last).toMatchObject({ trigger: 'reconcile', status: 'succeeded' });
    const report = last!.report;
    expect(report.counts.created).toBe(0);
    expect(run.out).toMatch(/^Sync succeeded in /m);
    for (const [label, n] of Object.entries(report.counts)) {
      const name = `${label[0]!.toUpperCase()}${label.slice(1)}:`;
      expect(run.out).toMatch(new RegExp(`^${name} +${n}$`, 'm'));
    }
    expect(run.out).toContain(`${report.requests.counted} counted against the rate limit`);
    expect(run.out).toContain(`${report.requests.notModified} not modified (304)`);

    const asJson = await rodtrad(org, 'sync', '--json');
    expect(asJson.code).toBe(0);
    expect(asJson.err).toBe('');
    const parsed = SyncRunSchema.parse(JSON.parse(asJson.out));
    expect(parsed).toMatchObject({ trigger: 'reconcile', status: 'succeeded', report: { phase: 'done' } });
  });

  it('sync --status prints the connection, the sources and the last runs, never the token', async () => {
    const { org } = await importedOrg();
    await rodtrad(org, 'sync', '--full');
    const run = await rodtrad(org, 'sync', '--status');
    expect(run.code).toBe(0);
    const status = await statusOf(org);
    expect(run.out).toMatch(/^GitHub: +configured, with a token$/m);
    expect(run.out).toMatch(/^Webhook secret: +set$/m);
    expect(run.out).toContain(`API URL:         ${status.connection.apiUrl}`);
    expect(run.out).toMatch(/^Portfolio: +digdir\/portefolje, board 1, phase field "Fase"$/m);
    const table = run.out.slice(run.out.indexOf('Last runs:'));
    const rows = table.split('\n').slice(3, 3 + status.runs.length);
    expect(rows.map((row) => row.split(/\s{2,}/)[1])).toEqual(status.runs.map((r) => r.trigger));
    expect(status.runs.map((r) => r.trigger).slice(0, 2)).toEqual(['full-reconcile', 'reconcile']);
    const importRow = rows.find((row) => row.split(/\s{2,}/)[1] === 'import');
    expect(importRow?.split(/\s{2,}/)[4]).toBe(String(status.runs.at(-1)?.report.counts.created));
    expect(run.out).toMatch(/^Last run: full sync succeeded, started .* by /m);
    expect(run.out).toMatch(/^Webhook queue: +0 pending, 0 failed$/m);
    expect(run.out).not.toContain(TEST_GITHUB_TOKEN);

    const asJson = await rodtrad(org, 'sync', '--status', '--json');
    expect(asJson.code).toBe(0);
    expect(SyncStatusSchema.parse(JSON.parse(asJson.out)).runs).toHaveLength(status.runs.length);
    expect(asJson.out).not.toContain(TEST_GITHUB_TOKEN);
    expect((await rodtrad(org, 'sync', '--status', '--full')).code).toBe(2);
  });

  it('a failed run prints its errors, ends with an error line and exits 1', async () => {
    const s = seeded();
    const { slug } = await harness.orgFor(s, {
      portfolio: { owner: s.portfolio.owner, repo: 'borte', project: null },
    });
    const run = await rodtrad(slug, 'import', 'github');
    expect(run.code).toBe(1);
    const [last] = (await statusOf(slug)).runs;
    expect(last?.status).toBe('failed');
    expect(last?.report.errors.length).toBeGreaterThan(0);
    expect(run.out).toMatch(/^Import failed in /m);
    expect(run.out).toContain(`Errors (${last?.report.errors.length}):`);
    expect(run.out).toContain(`${s.portfolio.owner}/borte`);
    expect(run.err).toContain(`error: the import failed with ${last?.report.errors.length} error`);
  });

  it('a run already going is a conflict with its own exit code and a clear message', async () => {
    const { slug, ctx } = await harness.orgFor(seeded());
    await startSyncRun(ctx, 'import');
    const run = await rodtrad(slug, 'import', 'github');
    expect(run.code).toBe(3);
    expect(run.out).toBe('');
    expect(run.err).toContain(`A GitHub sync of ${slug} is already running`);
    expect(run.err).toContain('(conflict, HTTP 409)');
  });

  it('an organisation without settings is told to connect first', async () => {
    const org = await harness.api.freshOrg();
    const run = await rodtrad(org, 'sync');
    expect(run.code).toBe(1);
    expect(run.err).toContain('rodtrad github connect');
  });
});
