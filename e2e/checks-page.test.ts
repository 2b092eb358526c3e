import { expect, it } from 'vitest';
import { CHECK_SEVERITIES, type CheckResult } from '../src/contracts/checks';
import type { LocalisedText } from '../src/contracts/workflow';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, scrollsSideways, seriousAxeViolations } from './support/page-checks';

/** Tests that trace many initiatives or run axe on a large page get longer on a busy machine. */
const SLOW_MS = 60_000;

/** A check as the server words it (the wording may be missing on an older server). */
type WordedCheck = CheckResult & { title?: LocalisedText; howToFix?: LocalisedText };
/** A check shows this many findings until asked for all (ITEMS_SHOWN in check-card.tsx). */
const ITEMS_SHOWN = 10;

describeInBrowser('portfolio checks page', () => {
  const app = useBrowserApp();

  it(
    'opens from the main menu and lists the findings by severity, with how to fix them',
    async () => {
      const report = await app.server().api.thread.checks();
      const results: WordedCheck[] = report.results;
      const page = await app.open('/');
      await page.getByRole('link', { name: 'Porteføljesjekker', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Porteføljesjekker' }).waitFor();
      await page.locator('.checks-summary').waitFor();
      expect(await page.title()).toBe('Porteføljesjekker – Rødtråd');

      const summary = await page.locator('.checks-summary').innerText();
      expect(summary).toContain(`${report.counts.error} feil`);
      for (const severity of CHECK_SEVERITIES) {
        const section = page.locator(`.checks-section[data-severity="${severity}"]`);
        expect(await section.getByRole('heading', { level: 2 }).innerText()).toContain(
          String(report.counts[severity]),
        );
      }

      const found = results.filter((result) => result.items.length > 0);
      expect(found.length, 'the demo has broken threads for the checks to find').toBeGreaterThan(0);
      for (const result of found) {
        const card = page.locator(`.check[data-check="${result.id}"]`);
        const text = await card.innerText();
        expect(text).toContain(result.title?.nb ?? result.id);
        if (result.howToFix) expect(text).toContain(result.howToFix.nb);
        expect(await card.locator('.check__items > li').count()).toBe(
          Math.min(ITEMS_SHOWN, result.items.length),
        );
        // What is wrong with each finding shown is in bokmål too, never in English.
        for (const { detail } of result.items.slice(0, ITEMS_SHOWN)) {
          if (!detail) continue;
          expect(text).toContain(detail.nb);
          if (detail.en !== detail.nb) expect(text).not.toContain(detail.en);
        }
      }
      for (const result of results.filter((r) => r.items.length === 0)) {
        expect(await page.locator(`.checks-passed [data-check="${result.id}"]`).count()).toBe(1);
      }

      await screenshot(page, 'checks');
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
    SLOW_MS,
  );

  it('links a finding about an initiative to its page', async () => {
    const report = await app.server().api.thread.checks();
    const finding = report.results
      .flatMap((result) => result.items.slice(0, ITEMS_SHOWN))
      .find((item) => item.type === 'initiative' && item.ref);
    if (!finding?.ref) throw new Error('no check found anything about an initiative in the demo');
    const page = await app.open('/checks');
    await page.locator('.checks-summary').waitFor();
    await page
      .getByRole('link', { name: `${finding.ref} ${finding.title}` })
      .first()
      .click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${finding.ref}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(finding.title);
  });

  it('speaks English and fits a 360 px wide screen', async () => {
    const report = await app.server().api.thread.checks();
    const worded = (report.results as WordedCheck[]).find((r) => r.items.length > 0 && r.title);
    const page = await app.open('/sjekker', { width: 360, height: 800 });
    await page.locator('.checks-summary').waitFor();
    // On a phone the language switch is behind the menu button.
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.locator('label', { has: page.getByRole('radio', { name: 'English', exact: true }) }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfolio checks' }).waitFor();
    const detail = report.results
      .flatMap((result) => result.items.slice(0, ITEMS_SHOWN))
      .find((item) => item.detail && item.detail.en !== item.detail.nb)?.detail;
    if (!detail) throw new Error('no finding in the demo has a detail worded differently in English');
    const main = await page.locator('main').innerText();
    if (worded?.title) expect(main).toContain(worded.title.en);
    expect(main).toContain(detail.en);
    expect(main).not.toContain(detail.nb);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'checks-360-en');
  });
});
