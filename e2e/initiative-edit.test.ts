import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InitiativeSummary } from '../src/contracts/initiatives';
import type { Item } from '../src/contracts/strategy';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

const initiativePath = (key: string) => `/initiativ/${encodeURIComponent(key)}`;
/** A strategic item as the choice list names it. */
const itemLabel = (item: Item) => (item.ref ? `${item.ref} ${item.title}` : item.title);
/** Axe and two screenshots of a long page take a while on a busy machine. */
const SLOW_MS = 60_000;

describeInBrowser('editing an initiative', () => {
  const app = useBrowserApp();

  /** Two different active demo initiatives: one for each test, so neither sees the other's edits. */
  async function activeInitiatives(): Promise<InitiativeSummary[]> {
    const active = await app.server().api.initiatives.listAll({ status: 'active', phase: 'konsept' });
    if (active.length < 2) throw new Error('the demo has fewer than two active initiatives in Konsept');
    return active;
  }

  async function startEditing(key: string, expectedErrors?: RegExp): Promise<Page> {
    const page = await app.open(initiativePath(key), { expectedErrors });
    await page.getByRole('button', { name: 'Rediger', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Rediger saken' }).waitFor();
    return page;
  }

  const problemField = (page: Page) => page.getByLabel('Problemstilling', { exact: true });

  /** Ticks a choice in a choice list, through its filter when the list is long enough to have one. */
  async function tick(page: Page, listId: string, filterText: string, name: string): Promise<void> {
    const list = page.locator(`#${listId}`);
    const filter = list.getByLabel('Filtrer listen');
    if ((await filter.count()) > 0) await filter.fill(filterText);
    await list.getByRole('checkbox', { name, exact: true }).check();
  }

  it(
    'saves a changed problem statement',
    async () => {
      const [initiative] = await activeInitiatives();
      if (!initiative) throw new Error('no initiative');
      const before = (await app.server().api.initiatives.get(initiative.key)).data;
      const page = await startEditing(initiative.key);
      expect(await problemField(page).inputValue()).toBe(before.problemStatement ?? '');
      expect(await page.getByLabel('Tittel', { exact: true }).inputValue()).toBe(before.title);

      const text = `Nytt problem for ${initiative.key}: saksbehandlerne bruker for lang tid.`;
      await problemField(page).fill(text);
      // Looking at another tab meanwhile loses nothing.
      await page.getByRole('tab', { name: 'Statusoppdateringer' }).click();
      await expect.poll(() => problemField(page).isVisible()).toBe(false);
      await page.getByRole('tab', { name: 'Oversikt' }).click();
      expect(await problemField(page).inputValue()).toBe(text);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'initiative-edit')).toEqual([]);

      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      await page.getByRole('status').filter({ hasText: 'Endringene er lagret.' }).waitFor();
      const after = (await app.server().api.initiatives.get(initiative.key)).data;
      expect(after.problemStatement).toBe(text);
      expect(after.version).toBe(before.version + 1);
      // Only the changed field was sent: the rest is as it was.
      expect({ ...after, problemStatement: before.problemStatement }).toMatchObject({
        title: before.title,
        description: before.description,
        competence: before.competence,
      });
      expect(await page.locator('main').innerText()).toContain(text);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Rediger');
    },
    SLOW_MS,
  );

  it(
    'shows what someone else changed meanwhile, keeps what was typed, and saves on top of it',
    async () => {
      const [, initiative] = await activeInitiatives();
      if (!initiative) throw new Error('no initiative');
      const { api } = app.server();
      // The refused save (412) is logged by the browser; the page shows the conflict.
      const page = await startEditing(initiative.key, /412/);
      const mine = 'Min problemstilling, skrevet i nettleseren.';
      await problemField(page).fill(mine);

      // Someone else saves first, changing the same field and one the browser did not touch.
      const latest = await api.initiatives.get(initiative.key);
      const theirs = 'Deres problemstilling, lagret i mellomtiden.';
      const theirCompetence = 'Juss og arkitektur (lagt til av en annen).';
      await api.initiatives.update(
        initiative.key,
        { problemStatement: theirs, competence: theirCompetence },
        latest.etag,
      );

      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      const conflict = page.locator('.edit-conflict');
      await conflict
        .getByRole('heading', { name: 'Noen andre har endret saken mens du redigerte' })
        .waitFor();
      const problem = conflict.locator('[data-edit-field="problemStatement"]');
      expect(await problem.getAttribute('data-kind')).toBe('conflict');
      expect(await problem.locator('[data-side="theirs"]').innerText()).toContain(theirs);
      expect(await problem.locator('[data-side="mine"]').innerText()).toContain(mine);
      expect(await conflict.locator('[data-edit-field="competence"]').getAttribute('data-kind')).toBe(
        'taken',
      );
      expect(await problemField(page).inputValue()).toBe(mine);
      expect(await page.getByLabel('Kompetanse som trengs', { exact: true }).inputValue()).toBe(
        theirCompetence,
      );
      expect((await api.initiatives.get(initiative.key)).data.problemStatement).toBe(theirs);

      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'initiative-conflict')).toEqual([]);

      await page.getByRole('button', { name: 'Lagre oppå den nyeste versjonen' }).click();
      await page.getByRole('status').filter({ hasText: 'Endringene er lagret.' }).waitFor();
      const saved = (await api.initiatives.get(initiative.key)).data;
      expect(saved.problemStatement).toBe(mine);
      expect(saved.competence).toBe(theirCompetence);
    },
    SLOW_MS,
  );

  it(
    'changes the allocation to a team, adds an objective with a key result and a strategic item',
    async () => {
      const [initiative] = await activeInitiatives();
      if (!initiative) throw new Error('no initiative');
      const { api } = app.server();
      const [before, teams, items] = await Promise.all([
        api.initiatives.get(initiative.key).then((response) => response.data),
        api.teams.listAll(),
        api.strategyItems.listAll(),
      ]);
      const allocated = before.allocation?.kind === 'teams' ? before.allocation.teamIds : [];
      const team = teams.find((candidate) => !allocated.includes(candidate.id));
      const item = items.find((c) => c.parentId === null && !before.strategicItemIds.includes(c.id));
      if (!team || !item) throw new Error('the demo has no team or strategic item left to choose');

      const page = await startEditing(initiative.key);
      await page.getByRole('radio', { name: 'Ett eller flere team' }).check();
      await tick(page, 'proposal-allocation-teamIds', team.name, team.name);
      await tick(page, 'proposal-strategicItemIds', item.title, itemLabel(item));
      const n = before.okrs.length;
      await page.getByRole('button', { name: 'Legg til mål' }).click();
      await page.locator(`#proposal-okrs-${n}-objective`).fill('Raskere saksbehandling');
      await page.locator(`#proposal-okrs-${n}-keyResults-0-title`).fill('Svartid for søknader');
      await page.locator(`#proposal-okrs-${n}-keyResults-0-target`).fill('under 5 dager');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'initiative-edit-structured')).toEqual([]);

      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      await page.getByRole('status').filter({ hasText: 'Endringene er lagret.' }).waitFor();
      const after = (await api.initiatives.get(initiative.key)).data;
      expect(after.allocation).toEqual({ kind: 'teams', teamIds: [...allocated, team.id].sort() });
      expect([...after.strategicItemIds].sort()).toEqual([...before.strategicItemIds, item.id].sort());
      expect(after.okrs).toHaveLength(n + 1);
      expect(after.okrs.slice(0, n)).toEqual(before.okrs);
      expect(after.okrs[n]).toMatchObject({
        objective: 'Raskere saksbehandling',
        keyResults: [{ title: 'Svartid for søknader', target: 'under 5 dager', done: false }],
      });
      // Lines the person did not touch are as they were.
      expect({ m: after.milestones, f: after.funding, r: after.resources }).toEqual({
        m: before.milestones,
        f: before.funding,
        r: before.resources,
      });
    },
    SLOW_MS,
  );

  it(
    'shows both sides of a strategic-item conflict in words and saves the chosen side',
    async () => {
      const [, initiative] = await activeInitiatives();
      if (!initiative) throw new Error('no initiative');
      const { api } = app.server();
      const [latest, items] = await Promise.all([
        api.initiatives.get(initiative.key),
        api.strategyItems.listAll(),
      ]);
      const chosen = latest.data.strategicItemIds;
      const free = items.filter((c) => c.parentId === null && !chosen.includes(c.id));
      const [mineItem, theirItem] = free;
      if (!mineItem || !theirItem) throw new Error('the demo has too few strategic items to choose');

      const page = await startEditing(initiative.key, /412/);
      await tick(page, 'proposal-strategicItemIds', mineItem.title, itemLabel(mineItem));
      // Someone else links another item meanwhile.
      await api.initiatives.update(
        initiative.key,
        { strategicItemIds: [...chosen, theirItem.id] },
        latest.etag,
      );

      await page.getByRole('button', { name: 'Lagre endringene' }).click();
      const conflict = page.locator('.edit-conflict');
      await conflict
        .getByRole('heading', { name: 'Noen andre har endret saken mens du redigerte' })
        .waitFor();
      const field = conflict.locator('[data-edit-field="strategicItemIds"]');
      expect(await field.getAttribute('data-kind')).toBe('conflict');
      const theirs = await field.locator('[data-side="theirs"]').innerText();
      const mine = await field.locator('[data-side="mine"]').innerText();
      expect(theirs).toContain(itemLabel(theirItem));
      expect(theirs).not.toContain(itemLabel(mineItem));
      expect(mine).toContain(itemLabel(mineItem));
      expect(mine).not.toContain(itemLabel(theirItem));
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'initiative-conflict-structured')).toEqual([]);

      // Their value first, then back to mine: the form follows the last choice.
      const strategy = page.locator('#proposal-strategicItemIds');
      await field.getByRole('button', { name: 'Bruk deres verdi' }).click();
      expect(
        await strategy.getByRole('checkbox', { name: itemLabel(theirItem), exact: true }).isChecked(),
      ).toBe(true);
      await field.getByRole('button', { name: 'Bruk din verdi' }).click();
      expect(
        await strategy.getByRole('checkbox', { name: itemLabel(mineItem), exact: true }).isChecked(),
      ).toBe(true);
      await page.getByRole('button', { name: 'Lagre oppå den nyeste versjonen' }).click();
      await page.getByRole('status').filter({ hasText: 'Endringene er lagret.' }).waitFor();
      const saved = (await api.initiatives.get(initiative.key)).data;
      expect([...saved.strategicItemIds].sort()).toEqual([...chosen, mineItem.id].sort());
    },
    SLOW_MS,
  );
});
