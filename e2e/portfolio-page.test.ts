import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InitiativeSummary } from '../src/contracts/initiatives';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, scrollsSideways, seriousAxeViolations } from './support/page-checks';

const keysOf = (items: InitiativeSummary[]) => items.map((item) => item.key);
const sorted = (keys: string[]) => [...keys].sort();

/** Keys of the cards on the board, column by column. */
const boardKeys = (page: Page) => page.locator('.initiative-card .initiative-card__key').allTextContents();
const tableKeys = (page: Page) => page.locator('.portfolio-table tbody tr td:first-child').allTextContents();
const searchParams = (page: Page) => new URL(page.url()).searchParams;
/** Picks an option of a toggle group by clicking its label, as a user does (the radio itself is hidden). */
const choose = (page: Page, name: string) =>
  page.locator('label', { has: page.getByRole('radio', { name, exact: true }) }).click();

describeInBrowser('portfolio page', () => {
  const app = useBrowserApp();

  it('shows a column for every phase with the demo cards, and passes axe', async () => {
    const { api } = app.server();
    const [{ workflow }, all] = await Promise.all([api.workflow(), api.initiatives.listAll()]);
    expect(all.length).toBeGreaterThanOrEqual(40);
    const page = await app.open('/');

    await page.locator('.initiative-card').first().waitFor();
    const columns = page.locator('.board__column');
    expect(await columns.count()).toBe(workflow.phases.length);
    for (const [index, phase] of workflow.phases.entries()) {
      const column = columns.nth(index);
      expect(await column.getByRole('heading', { level: 2 }).innerText()).toContain(phase.name.nb);
      const expected = all.filter((item) => item.phase === phase.id);
      expect(sorted(await column.locator('.initiative-card__key').allTextContents())).toEqual(
        sorted(keysOf(expected)),
      );
    }
    const parked = all.find((item) => item.status === 'parked');
    expect(parked, 'the demo has a parked initiative').toBeDefined();
    const parkedCard = page.locator('.initiative-card', { hasText: parked?.title ?? '' });
    expect(await parkedCard.innerText()).toContain('Parkert');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.locator('.toolbar__count').innerText()).toBe(`${all.length} saker`);

    await screenshot(page, 'portfolio-board');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('narrows the board with filters kept in the URL', async () => {
    const { api } = app.server();
    const page = await app.open('/');
    await page.locator('.initiative-card').first().waitFor();

    await page.getByLabel('Fase', { exact: true }).selectOption('konsept');
    const inConcept = await api.initiatives.listAll({ phase: 'konsept' });
    await page.waitForURL(/fase=konsept/);
    await expect.poll(() => boardKeys(page)).toEqual(keysOf(inConcept));
    expect(await page.locator('.board__column').count()).toBe(1);

    await page.getByLabel('Prioritet', { exact: true }).selectOption('must');
    const mustInConcept = await api.initiatives.listAll({ phase: 'konsept', priority: 'must' });
    expect(mustInConcept.length).toBeLessThan(inConcept.length);
    await expect.poll(() => boardKeys(page)).toEqual(keysOf(mustInConcept));
    expect(Object.fromEntries(searchParams(page))).toEqual({ fase: 'konsept', prioritet: 'must' });

    // A link with filters opens with them, and the controls show them.
    await page.reload();
    await expect.poll(() => boardKeys(page)).toEqual(keysOf(mustInConcept));
    await expect.poll(() => page.getByLabel('Fase', { exact: true }).inputValue()).toBe('konsept');
    await expect.poll(() => page.getByLabel('Prioritet', { exact: true }).inputValue()).toBe('must');

    await page.getByRole('button', { name: 'Nullstill 2 filtre' }).click();
    await page.waitForURL((url) => url.search === '');

    const parked = await api.initiatives.listAll({ status: 'parked' });
    await page.getByLabel('Status', { exact: true }).selectOption('parked');
    await expect.poll(() => boardKeys(page)).toEqual(keysOf(parked));
    for (const card of await page.locator('.initiative-card').all())
      expect(await card.innerText()).toContain('Parkert');
  });

  it('searches title and text as the user types', async () => {
    const { api } = app.server();
    const all = await api.initiatives.listAll();
    const word =
      (all.find((item) => /innbyggerportalen/i.test(item.title))
        ? 'Innbyggerportalen'
        : all[0]?.title.split(' ')[0]) ?? '';
    const expected = await api.initiatives.listAll({ q: word });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    const page = await app.open('/');
    await page.locator('.initiative-card').first().waitFor();
    await page.getByLabel('Søk i tittel og tekst').fill(word);
    await page.waitForURL((url) => url.searchParams.get('q') === word);
    await expect.poll(async () => sorted(await boardKeys(page))).toEqual(sorted(keysOf(expected)));
  });

  it('shows a table sorted by the API, and sorts by a column header', async () => {
    const { api } = app.server();
    const page = await app.open('/');
    await choose(page, 'Tabell');
    await page.waitForURL(/visning=tabell/);

    const byKey = await api.initiatives.listAll({ sort: 'key', order: 'asc' });
    await expect.poll(() => tableKeys(page)).toEqual(keysOf(byKey));

    const titleHeader = page.getByRole('columnheader', { name: 'Tittel' });
    await titleHeader.getByRole('button').click();
    const byTitle = await api.initiatives.listAll({ sort: 'title', order: 'asc' });
    await expect.poll(() => tableKeys(page)).toEqual(keysOf(byTitle));
    expect(await titleHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(searchParams(page).get('sort')).toBe('title');

    await titleHeader.getByRole('button').click();
    await expect.poll(() => tableKeys(page)).toEqual(keysOf(byTitle).reverse());
    expect(await titleHeader.getAttribute('aria-sort')).toBe('descending');
    expect(searchParams(page).get('rekkefolge')).toBe('synkende');

    await page.getByRole('columnheader', { name: 'Fase' }).getByRole('button').click();
    const byPhase = await api.initiatives.listAll({ sort: 'phase', order: 'asc' });
    await expect.poll(() => tableKeys(page)).toEqual(keysOf(byPhase));

    await screenshot(page, 'portfolio-table');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('switches the interface to nynorsk and English, and remembers the choice', async () => {
    const { api } = app.server();
    const { workflow } = await api.workflow();
    const page = await app.open('/');
    await page.locator('.initiative-card').first().waitFor();
    const headings = () => page.locator('.board__column h2 > span:first-child').allTextContents();

    await choose(page, 'Nynorsk');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nn');
    await expect.poll(headings).toEqual(workflow.phases.map((phase) => phase.name.nn));
    expect(await page.getByRole('button', { name: 'Nullstill filtera' }).count()).toBe(1);

    await choose(page, 'English');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(headings).toEqual(workflow.phases.map((phase) => phase.name.en));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Portfolio');
    expect(await page.getByLabel('Search title and text').count()).toBe(1);

    await page.reload();
    await expect.poll(headings).toEqual(workflow.phases.map((phase) => phase.name.en));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'portfolio-board-en');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const page = await app.open('/', { width: 360, height: 800 });
    await page.locator('.initiative-card').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'portfolio-board-360');
  });

  it('starts keyboard users at a skip link to the main content', async () => {
    const page = await app.open('/');
    await page.locator('.initiative-card').first().waitFor();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });
});
