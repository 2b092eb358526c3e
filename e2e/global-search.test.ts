import { expect, it } from 'vitest';
import type { InitiativeSummary } from '../src/contracts/initiatives';
import type { RodtradClient } from '../src/client';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import {
  screenshot,
  screenshotAtBothSizes,
  scrollsSideways,
  seriousAxeViolations,
} from './support/page-checks';

const FIELD = 'Søk i saker, veikart, epos og personer';

/**
 * A demo initiative and a piece of its title that the header's suggestions (four per kind) list it
 * for: the longest word of the title, cut short as someone still typing would have it.
 */
async function initiativeToFind(
  api: RodtradClient,
): Promise<{ initiative: InitiativeSummary; typed: string }> {
  for (const initiative of await api.initiatives.listAll()) {
    const word = [...initiative.title.split(/\s+/)].sort((a, b) => b.length - a.length)[0] ?? '';
    const typed = word.slice(0, Math.max(5, word.length - 2)).toLowerCase();
    const found = await api.portfolio.search(typed, 4);
    if (found.initiatives.items.some((hit) => hit.id === initiative.id)) return { initiative, typed };
  }
  throw new Error('no demo initiative can be found by a word of its title');
}

describeInBrowser('global search', () => {
  const app = useBrowserApp();

  it('suggests while typing in the header, and the chosen suggestion opens the initiative', async () => {
    const { initiative, typed } = await initiativeToFind(app.server().api);
    const page = await app.open('/portefolje');
    await page.getByRole('heading', { level: 1, name: 'Portefølje' }).waitFor();

    // "/" from the page moves to the search field; typed in another field it is just a character.
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const field = page.getByRole('combobox', { name: FIELD });
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('');

    await field.pressSequentially(typed, { delay: 30 });
    const suggestion = page.getByRole('option', {
      name: `${initiative.key} ${initiative.title}`,
      exact: true,
    });
    await suggestion.waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'global-search-suggestions');
    await suggestion.click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${initiative.key}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(initiative.title);
    expect(await field.inputValue()).toBe('');

    // The keyboard alone, back on the board: arrow down to the first suggestion, Enter opens it.
    const first = (await app.server().api.portfolio.search(typed, 4)).initiatives.items[0];
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Portefølje' }).waitFor();
    await page.keyboard.press('/');
    await field.pressSequentially(typed, { delay: 30 });
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(
      await page.getByRole('option').first().getAttribute('id'),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${first?.key}`);

    // Typed into a field, "/" stays text there.
    await page.goto(new URL('/sok', app.server().url).href);
    const pageField = page.getByRole('searchbox', { name: 'Søkeord' });
    await pageField.fill('a');
    await pageField.press('/');
    expect(await pageField.inputValue()).toBe('a/');
  });

  it('lists people and roadmap elements on the search page, and Enter in the header leads there', async () => {
    const { api } = app.server();
    const [people, elements] = await Promise.all([api.people.listAll(), api.roadmapElements.listAll()]);
    const person = people[0];
    const element = elements.find((e) => e.title.split(/\s+/).length > 1);
    if (!person || !element) throw new Error('the demo has no people or roadmap elements');
    const surname = person.name.split(/\s+/).at(-1) ?? person.name;

    const page = await app.open('/', { width: 390, height: 844 });
    const field = page.getByRole('combobox', { name: FIELD });
    await field.fill(surname);
    await page.getByRole('option').first().waitFor();
    expect(await scrollsSideways(page), 'suggestions fit a phone').toBe(false);
    await screenshot(page, 'global-search-phone');
    await field.press('Enter');
    await page.waitForURL((url) => url.pathname === '/sok' && url.searchParams.get('q') === surname);
    const peopleGroup = page.locator('[data-group="people"]');
    await peopleGroup.waitFor();
    const found = await api.portfolio.search(surname, 50);
    expect(await peopleGroup.locator('h2').innerText()).toBe(`Personer (${found.people.items.length})`);
    const link = peopleGroup.getByRole('link', { name: person.name, exact: true });
    expect(await link.getAttribute('href')).toBe(`/organisasjon/person/${person.id}`);

    await page.setViewportSize({ width: 1280, height: 800 });
    const words = element.title.split(/\s+/).slice(0, 2).join(' ');
    await page.getByRole('searchbox', { name: 'Søkeord' }).fill(words);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === words);
    const elementsGroup = page.locator('[data-group="roadmapElements"]');
    await elementsGroup.waitFor();
    const answer = await api.portfolio.search(words, 50);
    for (const [group, heading] of [
      ['initiatives', 'Saker'],
      ['roadmapElements', 'Veikartelementer'],
      ['epics', 'Epos'],
      ['people', 'Personer'],
    ] as const) {
      const shown = page.locator(`[data-group="${group}"]`);
      const count = answer[group].items.length;
      expect(await shown.count()).toBe(count > 0 ? 1 : 0);
      if (count > 0) expect(await shown.locator('h2').innerText()).toContain(`${heading} (${count}`);
    }
    const elementLink = elementsGroup.getByRole('link', { name: element.title, exact: true });
    expect(await elementLink.getAttribute('href')).toBe(`/veikart/${element.id}`);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await screenshotAtBothSizes(page, 'search')).toEqual([]);
  });
});
