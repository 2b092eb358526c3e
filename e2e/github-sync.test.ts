import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import type { SyncRun } from '../src/contracts/github-sync';
import { FakeGitHub } from '../src/github/fake/fake-github';
import { GithubSync } from '../src/github/github-sync';
import { seedFakePortfolio, type SeededGithub } from '../src/github/testing/seed-fake-portfolio';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

const TOKEN = 'ghp_e2e-github-sync-token';
const PATH = '/administrasjon/github';
/** An import of the seeded portfolio, a browser and axe on a busy machine. */
const SLOW_MS = 120_000;

/** A number as the page writes it in bokmål ("1 234", with a no-break space). */
const nb = (value: number) => new Intl.NumberFormat('nb-NO').format(value);

describeInBrowser('GitHub sync page', () => {
  let fake: FakeGitHub | undefined;
  let seeded: SeededGithub | undefined;
  const app = useBrowserApp({
    // The server's sync reaches a fake GitHub (as GitHub Enterprise Server) with a token it accepts.
    github: async (database) => {
      fake = await FakeGitHub.start({ tokens: [TOKEN] });
      seeded = seedFakePortfolio(fake, { initiatives: 3 });
      return new GithubSync({
        database,
        connection: {
          apiUrl: fake.baseUrl,
          graphqlUrl: fake.graphqlUrl,
          auth: { kind: 'token', token: TOKEN },
        },
        webhookSecret: fake.webhookSecret,
      });
    },
  });
  afterAll(async () => {
    await fake?.close();
  });

  const github = () => {
    if (!fake || !seeded) throw new Error('the fake GitHub did not start');
    return { fake, seeded };
  };

  let demoBacklogsAdded = false;
  /**
   * The demo's teams read their backlogs from repositories the seeded fake does not have; a run
   * fails on a repository GitHub answers 404 for, so the fake gets them, empty.
   */
  async function addDemoBacklogs(): Promise<void> {
    if (demoBacklogsAdded) return;
    const { fake } = github();
    for (const team of await app.server().api.teams.listAll()) {
      for (const backlog of team.backlogs) {
        const [owner, repo] = backlog.ref.split('/');
        if (backlog.kind !== 'github-repository' || !owner || !repo) continue;
        fake.addOrg(owner);
        fake.addRepo(owner, repo);
      }
    }
    demoBacklogsAdded = true;
  }

  /** The runs table's row of a run. */
  const rowOf = (page: Page, run: SyncRun) => page.locator(`.github-runs__table tr[data-run="${run.id}"]`);

  it(
    'lets an administrator set the sources, check them, import everything and see what the run did',
    async () => {
      const { fake, seeded } = github();
      const server = app.server();
      const page = await app.open('/administrasjon');
      await page.getByRole('link', { name: 'Gå til GitHub-synkroniseringen' }).click();
      await page.waitForURL((url) => url.pathname === PATH);
      await page.getByRole('heading', { level: 1, name: 'GitHub-synkronisering' }).waitFor();
      expect(await page.title()).toBe('GitHub-synkronisering – Rødtråd');

      // The connection as the server has it, and never its token.
      const connection = page.locator('.github-connection');
      await connection.getByText(fake.baseUrl).waitFor();
      expect(await connection.innerText()).toMatch(/Innlogging mot GitHub\s+Token/);
      expect(await connection.innerText()).toMatch(/Webhook-hemmelighet\s+Satt/);
      expect(await page.content()).not.toContain(TOKEN);
      expect(await page.getByText('Synkroniseringen har ikke kjørt ennå.').count()).toBe(1);

      // A wrong owner and a missing repository are caught before anything is sent.
      const portfolio = page.getByRole('group', { name: 'Porteføljen' });
      const roadmap = page.getByRole('group', { name: 'Veikartet' });
      await portfolio.getByLabel('Eier (organisasjon)').fill('digdir portefølje');
      const save = page.getByRole('button', { name: 'Lagre kildene' });
      await save.click();
      const summary = page.getByRole('heading', { name: 'Rett opp dette før du lagrer:' });
      await summary.waitFor();
      const summaryLinks = page.locator('.github-settings__errors a');
      expect(await summaryLinks.allInnerTexts()).toEqual([
        expect.stringContaining('Porteføljen: Eier (organisasjon): Bruk bare bokstaver'),
        'Porteføljen: Repo: Fyll ut feltet.',
      ]);
      expect(await portfolio.getByLabel('Repo').getAttribute('aria-invalid')).toBe('true');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await summaryLinks.nth(1).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('github-settings-portfolio-repo');
      expect((await server.api.github.status()).settings).toBeNull();

      // The seeded repositories and boards; the phase field and epic labels keep their defaults.
      await portfolio.getByLabel('Eier (organisasjon)').fill(seeded.portfolio.owner);
      await portfolio.getByLabel('Repo').fill(seeded.portfolio.repo);
      await portfolio.getByLabel('Tavlenummer').fill(String(seeded.portfolio.project));
      await roadmap.getByLabel('Eier (organisasjon)').fill(seeded.roadmap.owner);
      await roadmap.getByLabel('Repo').fill(seeded.roadmap.repo);
      await roadmap.getByLabel('Tavlenummer').fill(String(seeded.roadmap.project));
      await save.click();
      await page.getByText('Kildene er lagret.').waitFor();
      expect(await summary.count()).toBe(0);
      expect((await server.api.github.status()).settings).toMatchObject({
        portfolio: { ...seeded.portfolio, phaseField: 'Fase' },
        roadmap: { ...seeded.roadmap, writeBack: false },
        epicLabels: ['Epic', 'kind/epic', '☂️ epic'],
      });

      // The server's token reaches every source it names.
      await page.getByRole('button', { name: 'Sjekk tilkoblingen' }).click();
      const checked = page.locator('.github-check__sources li');
      await checked.first().waitFor();
      const sources = await checked.allInnerTexts();
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).toMatch(/^Nås\b/);
      await page.getByText(`${nb(sources.length)} av ${nb(sources.length)} kilder nås.`).waitFor();

      await addDemoBacklogs();
      // Importing asks first; then the run goes on to its end and the page says what it did.
      await page.getByRole('button', { name: 'Importer alt' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Importere alt fra GitHub?' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Ja, importer alt' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(/^Kjøringen er ferdig: /).waitFor({ timeout: 90_000 });

      const [run] = (await server.api.github.status()).runs;
      if (!run) throw new Error('the import left no run');
      expect(run).toMatchObject({ trigger: 'import', status: 'succeeded' });
      const { counts } = run.report;
      expect(counts.created).toBeGreaterThan(0);
      // The demo organisation has no teams for the seeded backlogs: their issues are skipped.
      expect(counts.skipped).toBeGreaterThan(0);
      const cells = await rowOf(page, run).locator('td').allInnerTexts();
      expect(cells.slice(1, 3).map((cell) => cell.split('\n')[0])).toEqual(['Import', 'Fullført']);
      expect(cells.slice(3)).toEqual([
        nb(counts.created),
        nb(counts.updated),
        nb(counts.unchanged),
        nb(counts.deleted),
        nb(counts.skipped),
        nb(run.report.requests.counted),
        nb(run.report.retries.length),
        nb(run.report.errors.length),
      ]);
      expect(run.report.requests.counted).toBeGreaterThan(0);
      // The quota as GitHub last told it.
      expect(await page.locator('.github-queue').innerText()).toMatch(
        /REST-API\s+[\d\s ]+ av [\d\s ]+ igjen/,
      );

      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'github-sync-imported')).toEqual([]);

      // What was skipped, and why, behind a disclosure: a big import skips many.
      await page.getByText(`Vis det som ble hoppet over (${nb(counts.skipped)})`).click();
      const skippedRows = page.locator('.github-latest__skipped tbody tr');
      await skippedRows.first().waitFor();
      expect(await skippedRows.count()).toBe(run.report.skipped.length);
      expect(await skippedRows.first().innerText()).toContain(run.report.skipped[0]?.reason ?? '?');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'github-sync-skipped');
    },
    SLOW_MS,
  );

  it(
    'shows the run going and says so when another is started meanwhile',
    async () => {
      const { fake, seeded } = github();
      const server = app.server();
      await server.api.github.saveSettings({ portfolio: seeded.portfolio, roadmap: seeded.roadmap });
      await addDemoBacklogs();
      const page = await app.open(PATH, { expectedErrors: /status of 409/ });
      await page.getByRole('heading', { level: 1, name: 'GitHub-synkronisering' }).waitFor();
      // GitHub asks the run to wait a few seconds: long enough to see it going and to start another.
      fake.injectFault({ kind: 'secondary-rate-limit', times: 1, retryAfterSeconds: 4 });
      await page.getByRole('button', { name: 'Hent endringer nå' }).click();
      await page.getByText('Kjøringen er startet.').waitFor();
      const progress = page.locator('.sync-progress');
      await progress.getByRole('heading', { name: /^Henting av endringer pågår, startet / }).waitFor();
      expect(await progress.innerText()).toContain('Nå: ');

      await page.getByRole('button', { name: 'Full avstemming' }).click();
      const busy = page.getByRole('alert').filter({ hasText: 'En kjøring pågår allerede.' });
      await busy.waitFor();
      expect(await busy.innerText()).toContain('Kjøringen ble ikke startet.');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'github-sync-running');

      await page.getByText(/^Kjøringen er ferdig: /).waitFor({ timeout: 30_000 });
      expect(await progress.count()).toBe(0);
      const [run] = (await server.api.github.status()).runs;
      expect(run).toMatchObject({ trigger: 'reconcile', status: 'succeeded' });
      expect(run?.report.retries.map((retry) => retry.reason)).toEqual(['secondary-rate-limit']);
      if (run) expect(await rowOf(page, run).locator('td').nth(9).innerText()).toBe('1');
    },
    SLOW_MS,
  );

  it('lets a portfolio manager run the sync but not change the sources, and shows a reader nothing', async () => {
    const server = app.server();
    const manager = await server.createUser({ role: 'portfolio-manager', name: 'Pia Porteføljeleder' });
    const page = await app.open('/administrasjon', { as: { userId: manager.user.id } });
    await page.getByRole('link', { name: 'Gå til GitHub-synkroniseringen' }).click();
    await page.waitForURL((url) => url.pathname === PATH);
    await page.getByRole('button', { name: 'Hent endringer nå' }).waitFor();
    const sources = page.locator('.github-sources');
    await sources.getByText('Bare administratorer kan endre dem.').waitFor();
    expect(await sources.innerText()).toMatch(/Porteføljerepo\s+digdir\/portefolje/);
    expect(await page.locator('.github-settings').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sjekk tilkoblingen' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'github-sync-portfolio-manager');

    const reader = await server.createUser({ role: 'reader', name: 'Rolf Leser' });
    const readerPage = await app.open(PATH, { as: { userId: reader.user.id } });
    await readerPage.getByText('Du har ikke tilgang til GitHub-synkroniseringen.').waitFor();
    expect(await readerPage.locator('.github-connection').count()).toBe(0);
    expect(await readerPage.getByRole('button', { name: 'Hent endringer nå' }).count()).toBe(0);
  });
});
