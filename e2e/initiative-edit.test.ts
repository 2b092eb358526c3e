import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InitiativeSummary } from '../src/contracts/initiatives';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

const initiativePath = (key: string) => `/initiativ/${encodeURIComponent(key)}`;
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
});
