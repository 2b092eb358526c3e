import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { TeamLoadReport } from '../src/contracts/organisation-views';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

/** Axe and two window sizes on a full page take a while on a busy machine. */
const SLOW_MS = 90_000;

/** Numbers as the page writes them in bokmål (useFormat: at most one decimal). */
const nbNumber = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const months = (value: number) => `${nbNumber.format(value)} månedsverk`;
/** Intl writes a narrow no-break space between thousands and before units; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

describeInBrowser('organisation pages', () => {
  const app = useBrowserApp();

  it(
    'opens from the main menu; a team shows its members, allocated initiatives and load per quarter',
    async () => {
      const { api } = app.server();
      const [groups, teams, people] = await Promise.all([
        api.productGroups.listAll(),
        api.teams.listAll(),
        api.people.listAll(),
      ]);
      const loads = await Promise.all(teams.map((team) => api.teamLoad(team.id)));
      // The busiest team over capacity, else the busiest: the richest page to look at.
      const busiest = (candidates: TeamLoadReport[]) =>
        [...candidates].sort((a, b) => b.allocations.length - a.allocations.length)[0];
      const load = busiest(loads.filter((l) => l.quarters.some((q) => q.overBy !== null))) ?? busiest(loads);
      const team = teams.find((t) => t.id === load?.teamId);
      if (!load || !team) throw new Error('the demo has no teams');
      expect(load.allocations.length, 'the demo allocates initiatives to teams').toBeGreaterThan(0);

      const page = await app.open('/');
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Organisasjon', exact: true })
        .click();
      await expect.poll(() => h1(page)).toBe('Organisasjon');
      await page.locator('.org-card').first().waitFor();
      expect(await page.title()).toBe('Organisasjon – Rødtråd');
      expect(await page.locator('.org-card[data-product-group]').count()).toBe(groups.length);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'organisation')).toEqual([]);

      await page.getByRole('tab', { name: `Team (${teams.length})` }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('vis')).toBe('team');
      await page.locator('tr[data-team]').first().waitFor();
      expect(await page.locator('tr[data-team]').count()).toBe(teams.length);
      await page.getByRole('link', { name: team.name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/organisasjon/team/${team.id}`);
      await expect.poll(() => h1(page)).toBe(team.name);
      await page.locator('.team-load tbody tr').first().waitFor();

      const members = await page.locator('.team-members li').allInnerTexts();
      expect(members).toHaveLength(team.members.length);
      for (const member of team.members) {
        const name = people.find((person) => person.id === member.personId)?.name ?? '';
        expect(members.some((line) => line.startsWith(name))).toBe(true);
      }

      const rows = page.locator('.initiative-lines tbody tr');
      expect(await rows.count()).toBe(load.allocations.length);
      for (const [index, allocation] of load.allocations.entries()) {
        const row = rows.nth(index);
        expect(await row.getAttribute('data-initiative')).toBe(allocation.key);
        expect(await row.innerText()).toContain(allocation.title);
      }

      const quarters = page.locator('.team-load tbody tr');
      expect(await quarters.count()).toBe(load.quarters.length);
      for (const [index, quarter] of load.quarters.entries()) {
        const text = plain(await quarters.nth(index).innerText());
        expect(text).toContain(`K${quarter.quarter} ${quarter.year}`);
        expect(text).toContain(
          plain(
            quarter.capacity === null
              ? months(quarter.demand)
              : `${nbNumber.format(quarter.demand)} av ${months(quarter.capacity)}`,
          ),
        );
        if (quarter.overBy !== null)
          expect(text).toContain(plain(`Over kapasitet med ${months(quarter.overBy)}`));
        else if (quarter.capacity !== null) expect(text).toContain('Innenfor kapasiteten');
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'team')).toEqual([]);
    },
    SLOW_MS,
  );

  it(
    'shows a product group with its products, teams, initiatives and roadmap elements, and a person with theirs',
    async () => {
      const { api } = app.server();
      const [groups, products, teams, people, elements] = await Promise.all([
        api.productGroups.listAll(),
        api.products.listAll(),
        api.teams.listAll(),
        api.people.listAll(),
        api.roadmapElements.listAll(),
      ]);
      const teamsOf = (id: string) => teams.filter((team) => team.productGroupIds.includes(id));
      const group = [...groups].sort((a, b) => teamsOf(b.id).length - teamsOf(a.id).length)[0];
      if (!group) throw new Error('the demo has no product groups');
      const groupProducts = products.filter((product) => product.productGroupId === group.id);
      const productIds = new Set(groupProducts.map((product) => product.id));
      const groupElements = elements.filter((e) => e.productId !== null && productIds.has(e.productId));
      const initiatives = await api.initiatives.listAll({ productGroup: group.id });
      expect(initiatives.length, 'the demo allocates initiatives to product groups').toBeGreaterThan(0);

      const page = await app.open(`/organisasjon/produktgruppe/${group.id}`);
      await expect.poll(() => h1(page)).toBe(group.name);
      await page.locator('.initiative-lines tbody tr').first().waitFor();
      await page.locator('.element-count').waitFor();
      const main = await page.locator('main').innerText();
      for (const product of groupProducts) expect(main).toContain(product.name);
      for (const team of teamsOf(group.id))
        expect(await page.getByRole('link', { name: team.name, exact: true }).count()).toBe(1);
      expect(await page.locator('.initiative-lines tbody tr').count()).toBe(initiatives.length);
      expect(await page.locator('.element-count').innerText()).toContain(
        `${groupElements.length} veikartelement`,
      );
      expect(await page.locator('[data-element]').count()).toBe(groupElements.length);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'product-group')).toEqual([]);

      // The person with the most initiatives, reached from the leader link when that is who it is.
      const theirs = await Promise.all(
        people.map(async (p) => ({ p, items: await api.personInitiatives(p.id) })),
      );
      const { p: person, items } = [...theirs].sort((a, b) => b.items.length - a.items.length)[0] ?? {};
      if (!person || !items) throw new Error('the demo has no people');
      expect(items.length).toBeGreaterThan(0);
      const personPage = await app.open(`/organisasjon/person/${person.id}`);
      await expect.poll(() => h1(personPage)).toBe(person.name);
      await personPage.locator('.initiative-lines tbody tr').first().waitFor();
      const rows = personPage.locator('.initiative-lines tbody tr');
      expect(await rows.count()).toBe(items.length);
      const roleWords = { owner: 'Tiltakseier', submitter: 'Innmelder', responsible: 'Ansvarlig' } as const;
      for (const [index, item] of items.entries()) {
        const text = await rows.nth(index).innerText();
        expect(text).toContain(item.key);
        for (const role of item.roles) expect(text.toLowerCase()).toContain(roleWords[role].toLowerCase());
      }
      for (const team of teams.filter((t) => t.members.some((m) => m.personId === person.id)))
        expect(await personPage.getByRole('link', { name: team.name, exact: true }).count()).toBe(1);
      expect(await seriousAxeViolations(personPage)).toEqual([]);
      expect(await screenshotAtBothSizes(personPage, 'person')).toEqual([]);
    },
    SLOW_MS,
  );
});
