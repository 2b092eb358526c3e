import { expect, it } from 'vitest';
import type { BacklogItem } from '../src/contracts/backlog';
import type { Product, ProductGroup } from '../src/contracts/organisation';
import type { RoadmapElement } from '../src/contracts/roadmap';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

const isDated = (element: RoadmapElement) => element.startOn !== null && element.endOn !== null;
const nbDate = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateText = (date: string) => nbDate.format(new Date(`${date}T00:00:00Z`));

describeInBrowser('roadmap pages', () => {
  const app = useBrowserApp();

  async function demoRoadmap() {
    const { api } = app.server();
    const [groups, products, elements] = await Promise.all([
      api.productGroups.listAll(),
      api.products.listAll(),
      api.roadmapElements.listAll(),
    ]);
    const productOf = (element: RoadmapElement): Product | undefined =>
      products.find((product) => product.id === element.productId);
    const groupOf = (element: RoadmapElement): ProductGroup | undefined =>
      groups.find((group) => group.id === productOf(element)?.productGroupId);
    return { groups, products, elements, productOf, groupOf };
  }

  it('draws the elements by product group and product, with dependencies, and filters by group', async () => {
    const { elements, productOf, groupOf } = await demoRoadmap();
    const dated = elements.filter(isDated);
    expect(dated.length, 'the demo has a roadmap with dates').toBeGreaterThan(10);
    const page = await app.open('/veikart');
    await page.locator('[data-bar]').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Veikart');

    // Every dated element is a bar under its own product group and product, and nowhere else.
    expect(await page.locator('[data-bar]').count()).toBe(dated.length);
    for (const element of dated) {
      const group = groupOf(element);
      const product = productOf(element);
      const section = page.locator(`.roadmap-group[data-group="${group?.slug ?? ''}"]`);
      expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe(group?.name);
      const productRows = section.locator(`.roadmap-product[data-product="${product?.slug ?? ''}"]`);
      expect(await productRows.getByRole('heading', { level: 3 }).innerText()).toBe(product?.name);
      expect(await productRows.locator(`[data-bar="${element.id}"]`).count()).toBe(1);
    }
    expect(await page.locator('.roadmap-undated [data-element]').count()).toBe(
      elements.length - dated.length,
    );
    expect(await page.locator('.roadmap-scale li[data-current]').innerText()).toContain('nå');

    // Each dependency between dated elements is an arrow, and said in words on the dependent's row.
    const dependent = dated.find((element) =>
      element.dependsOnIds.some((id) => dated.some((other) => other.id === id)),
    );
    expect(dependent, 'the demo has elements that depend on others').toBeDefined();
    const first = elements.find((element) => element.id === dependent?.dependsOnIds[0]);
    await page
      .locator(`.roadmap-arrows__line[data-from="${first?.id}"][data-to="${dependent?.id}"]`)
      .waitFor({
        state: 'attached',
      });
    expect(await page.locator(`.roadmap-row[data-element="${dependent?.id}"]`).textContent()).toContain(
      `Avhenger av ${first?.title}`,
    );

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await screenshotAtBothSizes(page, 'roadmap')).toEqual([]);

    // Filter by the dependent's product group: the URL says so, and only that group's bars are left.
    const group = groupOf(dependent as RoadmapElement);
    const inGroup = dated.filter((element) => groupOf(element)?.id === group?.id);
    await page.getByLabel('Produktgruppe').selectOption(group?.slug ?? '');
    await page.waitForURL((url) => url.searchParams.get('produktgruppe') === group?.slug);
    await expect.poll(() => page.locator('[data-bar]').count()).toBe(inGroup.length);
    expect(await page.locator('.roadmap-group').count()).toBe(1);
    for (const element of dated.filter((e) => !inGroup.includes(e))) {
      expect(await page.locator(`[data-bar="${element.id}"]`).count()).toBe(0);
    }
    expect(await page.locator('.toolbar__count').innerText()).toBe(
      `Viser ${inGroup.length + elements.filter((e) => !isDated(e) && groupOf(e)?.id === group?.id).length} av ${elements.length} veikartelementer`,
    );

    await page.getByRole('button', { name: 'Nullstill filtrene' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect.poll(() => page.locator('[data-bar]').count()).toBe(dated.length);
  });

  it('opens an element from its bar with its epics, issues, dependencies and initiatives', async () => {
    const { api } = app.server();
    const { elements, productOf } = await demoRoadmap();
    const element = elements
      .filter((e) => isDated(e) && e.initiativeIds.length > 0 && e.dependsOnIds.length > 0)
      .sort((a, b) => b.epicIds.length - a.epicIds.length)[0];
    if (!element) throw new Error('the demo has no dated element with initiatives and dependencies');
    const epics = (await api.backlogItems.search({ kind: 'epic', roadmapElement: element.id, limit: 200 }))
      .items;
    expect(epics.length, 'the element has epics').toBeGreaterThan(0);
    const issuesOf = new Map<string, BacklogItem[]>();
    for (const epic of epics) {
      issuesOf.set(
        epic.id,
        (await api.backlogItems.search({ kind: 'issue', parent: epic.id, limit: 200 })).items,
      );
    }

    const page = await app.open('/veikart');
    // The bar takes focus visibly and opens the element from the keyboard.
    const bar = page.locator(`[data-bar="${element.id}"]`);
    await bar.focus();
    expect(await bar.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/veikart/${element.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(element.title);
    await page.locator('.element-issue').first().waitFor();
    await page.locator('.element-initiatives a').first().waitFor();

    const main = await page.locator('main').innerText();
    for (const text of [
      element.overview,
      element.expectedResult,
      element.howItWorks,
      productOf(element)?.name,
    ]) {
      expect(text, 'the demo element fills in its template').toBeTruthy();
      expect(main).toContain(text);
    }
    expect(main).toContain(dateText(element.startOn ?? ''));
    expect(main).toContain(dateText(element.endOn ?? ''));

    // Every epic, with every issue and how it was closed; GitHub issues link to GitHub.
    expect(await page.locator('.element-epic').count()).toBe(epics.length);
    for (const epic of epics) {
      const card = page.locator(`.element-epic[data-epic="${epic.id}"]`);
      const issues = issuesOf.get(epic.id) ?? [];
      expect(await card.getByRole('heading', { level: 3 }).innerText()).toBe(epic.title);
      expect(await card.locator('.element-issue').count()).toBe(issues.length);
      const notPlanned = issues.filter((i) => i.state === 'closed' && i.stateReason === 'not-planned');
      expect(await card.locator('.element-issue[data-outcome="not-planned"]').count()).toBe(
        notPlanned.length,
      );
      const linked = issues.find((issue) => issue.github?.url);
      if (linked) {
        expect(await card.getByRole('link', { name: linked.title, exact: true }).getAttribute('href')).toBe(
          linked.github?.url,
        );
      }
    }

    // The elements it depends on, as links.
    for (const id of element.dependsOnIds) {
      const other = elements.find((e) => e.id === id);
      const link = page
        .locator('.element-dependencies')
        .getByRole('link', { name: other?.title, exact: true });
      expect(await link.getAttribute('href')).toBe(`/veikart/${id}`);
    }

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await screenshotAtBothSizes(page, 'roadmap-element')).toEqual([]);

    // And on to an initiative it serves.
    const initiative = (await api.initiatives.get(element.initiativeIds[0] ?? '')).data;
    await page.locator('.element-initiatives').getByRole('link', { name: initiative.key }).click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${initiative.key}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(initiative.title);
  });
});
