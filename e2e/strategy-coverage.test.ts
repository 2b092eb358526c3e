import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

/** Axe and two window sizes on a long page take a while on a busy machine. */
const SLOW_MS = 90_000;

const itemsShown = (page: Page) => page.locator('li.coverage-item').count();
const params = (page: Page) => new URL(page.url()).searchParams;

describeInBrowser('strategy coverage page', () => {
  const app = useBrowserApp();

  it(
    'lists the sources and goals with the initiatives serving them, counts the goals with none, and filters',
    async () => {
      const { api } = app.server();
      const [coverage, checks] = await Promise.all([api.strategyCoverage(), api.thread.checks()]);
      const allItems = coverage.sources.flatMap((source) => source.items);
      // The count is the portfolio check's finding, item by item.
      const check = checks.results.find((result) => result.id === 'goal-without-initiative');
      expect(coverage.goalsWithout).toBe(check?.items.length);
      expect(coverage.goalsWithout, 'the demo has a goal no initiative serves').toBeGreaterThan(0);
      expect(allItems.some((item) => item.initiatives.length > 0)).toBe(true);

      const page = await app.open('/');
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Strategi', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Strategisk dekning' }).waitFor();
      await page.locator('.coverage-source').first().waitFor();
      expect(await page.title()).toBe('Strategisk dekning – Rødtråd');
      expect(await page.locator('.coverage-summary').innerText()).toContain(
        `${coverage.goalsWithout} mål uten tiltak`,
      );

      expect(await page.locator('section.coverage-source').count()).toBe(coverage.sources.length);
      for (const source of coverage.sources) {
        const section = page.locator(`section[data-source="${source.id}"]`);
        expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe(source.title);
        expect(await section.locator('li.coverage-item').count()).toBe(source.items.length);
        for (const item of source.items) {
          const body = section.locator(`li[data-item="${item.id}"] > .coverage-item__body`);
          const text = await body.innerText();
          expect(text).toContain(item.title);
          const links = body.locator('.coverage-initiative');
          expect(await links.count()).toBe(item.initiatives.length);
          for (const initiative of item.initiatives)
            expect(text).toContain(`${initiative.key} ${initiative.title}`);
          if (item.goalWithout) expect(text).toContain('Mål uten tiltak');
          else expect(text).not.toContain('Mål uten tiltak');
          if (item.initiatives.length === 0 && !item.covered) expect(text).toContain('Ingen tiltak');
        }
      }
      expect(await page.locator('li.coverage-item[data-goal-without="true"]').count()).toBe(
        coverage.goalsWithout,
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'strategy')).toEqual([]);

      // Only the uncovered items, with the items above them; the goals without stay.
      const uncovered = allItems.filter((item) => !item.covered).length;
      // The switch follows the URL, which the router updates a moment after the click.
      const onlyUncovered = page.getByRole('switch', { name: 'Vis bare punkter uten tiltak' });
      await onlyUncovered.click();
      await expect.poll(() => params(page).get('udekket')).toBe('1');
      await expect.poll(() => onlyUncovered.isChecked()).toBe(true);
      expect(await page.locator('li.coverage-item[data-covered="false"]').count()).toBe(uncovered);
      expect(await itemsShown(page)).toBeLessThan(allItems.length);
      expect(await page.locator('li.coverage-item[data-goal-without="true"]').count()).toBe(
        coverage.goalsWithout,
      );
      await screenshotAtBothSizes(page, 'strategy-uncovered');

      // Only one kind of source.
      const okr = coverage.sources.filter((source) => source.kind === 'okr');
      expect(okr.length, 'the demo has OKR sources').toBeGreaterThan(0);
      await onlyUncovered.click();
      await expect.poll(() => params(page).get('udekket')).toBeNull();
      await expect.poll(() => onlyUncovered.isChecked()).toBe(false);
      await page.getByLabel('Type kilde').selectOption('okr');
      await expect.poll(() => params(page).get('kilde')).toBe('okr');
      await expect.poll(() => page.locator('section.coverage-source').count()).toBe(okr.length);
      expect(await itemsShown(page)).toBe(okr.flatMap((source) => source.items).length);
    },
    SLOW_MS,
  );

  it("follows a goal's initiative to the initiative page", async () => {
    const coverage = await app.server().api.strategyCoverage();
    const goal = coverage.sources
      .flatMap((source) => source.items)
      .find((item) => (item.kind === 'goal' || item.kind === 'objective') && item.initiatives.length > 0);
    const initiative = goal?.initiatives[0];
    if (!goal || !initiative) throw new Error('no goal in the demo has an initiative of its own');
    const page = await app.open('/strategi');
    await page
      .locator(`li[data-item="${goal.id}"] > .coverage-item__body`)
      .getByRole('link', { name: `${initiative.key} ${initiative.title}` })
      .click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${initiative.key}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(initiative.title);
  });
});
