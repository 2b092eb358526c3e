import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Agenda } from '../src/contracts/agenda';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

/** Opening the agenda, recording a decision and looking at it in print take a while on a busy machine. */
const SLOW_MS = 90_000;

const SECTIONS = {
  newProposals: 'Nye forslag',
  awaitingGate: 'Klare for beslutning',
  offTrack: 'Går ikke som planlagt',
  stale: 'Har stoppet opp',
  decisions: 'Beslutninger',
} as const;

/** The case keys a section lists, in its order. */
const keysIn = (page: Page, section: keyof typeof SECTIONS) =>
  page
    .locator(`[data-section="${section}"] .agenda-item`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-key')));

async function expectSectionsMatch(page: Page, agenda: Agenda) {
  const lists = {
    newProposals: agenda.newProposals,
    awaitingGate: agenda.awaitingGate,
    offTrack: agenda.offTrack,
    stale: agenda.stale,
  };
  for (const [name, items] of Object.entries(lists) as [keyof typeof lists, { key: string }[]][]) {
    const heading = page.locator(`[data-section="${name}"] h2`);
    expect(await heading.innerText()).toBe(`${SECTIONS[name]} (${items.length})`);
    expect(await keysIn(page, name)).toEqual(items.map((item) => item.key));
  }
  const decisions = page.locator('[data-section="decisions"]');
  expect(await decisions.locator('h2').innerText()).toBe(`Beslutninger (${agenda.decisionsSince.length})`);
  expect(await decisions.locator('tbody tr').count()).toBe(agenda.decisionsSince.length);
}

describeInBrowser('portfolio office agenda', () => {
  const app = useBrowserApp();

  it(
    'lists what the API puts on the agenda, with a decision just taken, and prints without the header',
    async () => {
      const { api } = app.server();
      const before = await api.portfolio.agenda();
      const ready = before.awaitingGate.find((item) => item.gateReady && item.nextPhase);
      if (!ready?.nextPhase) throw new Error('no demo initiative is ready for its gate');
      const { etag } = await api.initiatives.get(ready.key);
      await api.initiatives.transition(
        ready.key,
        {
          outcome: 'approved-with-conditions',
          to: ready.nextPhase,
          conditions: 'Driftsansvaret avklares før neste møte',
          decidedBy: 'Porteføljekontoret',
        },
        etag,
      );
      const agenda = await api.portfolio.agenda();
      expect(agenda.decisionsSince.map((d) => d.key)).toContain(ready.key);
      expect(agenda.awaitingGate.map((item) => item.key)).not.toContain(ready.key);
      expect(
        agenda.newProposals.length + agenda.offTrack.length,
        'the demo fills the agenda',
      ).toBeGreaterThan(0);

      const page = await app.open('/');
      await page.getByRole('link', { name: 'Agenda', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Agenda for porteføljekontoret' }).waitFor();
      await page.locator('[data-section="decisions"]').waitFor();
      expect(await page.title()).toBe('Agenda for porteføljekontoret – Rødtråd');
      expect(await page.getByLabel('Siden').inputValue()).toBe(agenda.since);
      await expectSectionsMatch(page, agenda);
      const row = page.locator('[data-section="decisions"] tbody tr', { hasText: ready.key });
      const rowText = await row.innerText();
      for (const words of ['Godkjent med vilkår', 'Driftsansvaret avklares før neste møte', ready.title])
        expect(rowText).toContain(words);

      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'agenda')).toEqual([]);

      // On paper: the agenda alone, no header, date field or buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      await screenshot(page, 'agenda-print');
      await page.emulateMedia({ media: 'screen' });
      expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(true);
    },
    SLOW_MS,
  );

  it('looks further back when an earlier day is chosen, and links each line to its initiative', async () => {
    const { api } = app.server();
    const decided = (await api.portfolio.agenda({ since: '2000-01-01' })).decisionsSince;
    // A day some decisions of the demo were taken on and after, but not all of them.
    const since = decided[Math.floor(decided.length / 2)]?.decidedOn;
    if (!since) throw new Error('the demo has no decisions');
    const agenda = await api.portfolio.agenda({ since });
    expect(agenda.decisionsSince.length).toBeLessThan(decided.length);

    const page = await app.open('/agenda');
    await page.locator('[data-section="decisions"]').waitFor();
    await page.getByLabel('Siden').fill(since);
    await page.waitForURL((url) => url.searchParams.get('siden') === since);
    await expect
      .poll(() => page.locator('[data-section="decisions"] h2').innerText())
      .toBe(`Beslutninger (${agenda.decisionsSince.length})`);
    await expectSectionsMatch(page, agenda);

    const first = agenda.decisionsSince[0];
    if (!first) throw new Error('no decision since the chosen day');
    await page
      .locator('[data-section="decisions"] tbody tr')
      .first()
      .getByRole('link', { name: `${first.key} ${first.title}` })
      .click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${first.key}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(first.title);
  });
});
