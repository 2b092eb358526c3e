import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InitiativeSummary } from '../src/contracts/initiatives';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

const keysOf = (items: InitiativeSummary[]) => items.map((item) => item.key).sort();
const boardKeys = async (page: Page) =>
  (await page.locator('.initiative-card .initiative-card__key').allTextContents()).sort();

describeInBrowser('portfolio board: saved views, moves, shortcuts and CSV', () => {
  const app = useBrowserApp();

  it('filters by product group and health in the URL, saves the view and opens it again', async () => {
    const { api } = app.server();
    const [groups, all] = await Promise.all([api.productGroups.listAll(), api.initiatives.listAll()]);
    // The product group with the most initiatives, so the filter narrows to something.
    const group = groups
      .map((g) => ({ g, n: all.filter((i) => i.productGroupIds.includes(g.id)).length }))
      .sort((a, b) => b.n - a.n)[0]?.g;
    if (!group) throw new Error('the demo has no product groups');
    const inGroup = await api.initiatives.listAll({ productGroup: group.id });
    expect(inGroup.length).toBeGreaterThan(0);
    expect(inGroup.length).toBeLessThan(all.length);

    const page = await app.open('/');
    await page.locator('.initiative-card').first().waitFor();
    await page.getByLabel('Produktgruppe', { exact: true }).selectOption(group.id);
    await page.waitForURL((url) => url.searchParams.get('gruppe') === group.id);
    await expect.poll(() => boardKeys(page)).toEqual(keysOf(inGroup));
    // Each card names its product group.
    expect(await page.locator('.initiative-card').first().innerText()).toContain(group.name);

    const health = inGroup.find((i) => i.health)?.health ?? 'green';
    await page.getByLabel('Helse', { exact: true }).selectOption(health);
    const both = await api.initiatives.listAll({ productGroup: group.id, health });
    await expect.poll(() => boardKeys(page)).toEqual(keysOf(both));

    await page.getByRole('button', { name: 'Lagre visning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lagre visningen' });
    await dialog.getByLabel('Navn på visningen').fill(`${group.name} – ${health}`);
    await dialog.getByLabel('Del med alle i organisasjonen').check();
    await expect.poll(async () => seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = (await api.savedViews.list()).find((v) => v.name === `${group.name} – ${health}`);
    expect(saved).toMatchObject({ shared: true, mine: true });
    expect(new URLSearchParams(saved?.query)).toEqual(new URL(page.url()).searchParams);

    // Another day: the board without filters, then the saved view from the list.
    const later = await app.open('/');
    await later.locator('.initiative-card').first().waitFor();
    await later.getByLabel('Lagrede visninger').selectOption({ label: saved?.name ?? '' });
    await later.waitForURL((url) => url.searchParams.get('gruppe') === group.id);
    await expect.poll(() => boardKeys(later)).toEqual(keysOf(both));
    expect(await later.getByLabel('Helse', { exact: true }).inputValue()).toBe(health);
    expect(await screenshotAtBothSizes(later, 'portfolio-saved-view')).toEqual([]);

    // The author deletes it; it leaves the list.
    await later.getByRole('button', { name: `Slett «${saved?.name}»` }).click();
    await later
      .getByRole('dialog')
      .getByRole('button', { name: `Slett «${saved?.name}»` })
      .click();
    await expect.poll(async () => (await api.savedViews.list()).some((v) => v.id === saved?.id)).toBe(false);
  });

  it('moves a card through a gate with a decision, by keyboard', async () => {
    const { api } = app.server();
    const { workflow } = await api.workflow();
    const ready = await findReadyInitiative(api.initiatives, workflow.phases.at(-1)?.id);
    const page = await app.open('/');
    await page.locator('.initiative-card').first().waitFor();
    await page.getByLabel('Søk i tittel og tekst').fill(ready.key);
    await expect.poll(() => boardKeys(page)).toEqual([ready.key]);

    // "j" goes to the first card, "m" moves it: choose the phase, then the gate dialog records the decision.
    // Out of the search field: shortcuts do not fire while typing.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-card-link')))
      .toBe(ready.key);
    await page.keyboard.press('m');
    const choose = page.getByRole('dialog', { name: `Flytt ${ready.key}` });
    await choose.waitFor();
    expect(await choose.getByRole('radio', { checked: true }).getAttribute('value')).toBe(ready.nextPhase);
    await expect.poll(async () => seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');

    const gate = page.getByRole('dialog', { name: /Beslutning/ });
    await gate.waitFor();
    await gate.getByLabel('Begrunnelse').fill('Kriteriene er oppfylt; tatt på porteføljemøtet.');
    await screenshotAtBothSizes(page, 'portfolio-gate-dialog');
    await gate.getByRole('button', { name: 'Registrer beslutningen' }).click();
    await gate.waitFor({ state: 'hidden' });

    const after = (await api.initiatives.get(ready.key)).data;
    expect(after.phase).toBe(ready.nextPhase);
    expect(after.decisions.at(-1)).toMatchObject({
      outcome: 'approved',
      toPhase: ready.nextPhase,
      rationale: 'Kriteriene er oppfylt; tatt på porteføljemøtet.',
    });
    await expect
      .poll(() =>
        page
          .locator(`.board__column[data-phase="${ready.nextPhase}"] .initiative-card__key`)
          .allTextContents(),
      )
      .toEqual([ready.key]);
  });

  it('shows the shortcuts, switches to the table with "t" and downloads the table as CSV', async () => {
    const { api } = app.server();
    const parked = await api.initiatives.listAll({ status: 'parked' });
    const page = await app.open('/?status=parked');
    await page.locator('.initiative-card').first().waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Hurtigtaster på porteføljesiden' });
    await help.waitFor();
    expect(await help.innerText()).toContain('Flytt saken til en annen fase');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    await page.keyboard.press('t');
    await page.waitForURL(/visning=tabell/);
    await page.locator('.portfolio-table').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned som CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^portefolje-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(path, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Sak;Tittel;Fase;Status;Prioritet;Helse;Fremdrift (%);Klar for Utført;Produktgrupper;Sist endret',
    );
    expect(
      lines
        .slice(1)
        .map((line) => line.split(';')[0])
        .sort(),
    ).toEqual(keysOf(parked));
    expect(lines.slice(1).every((line) => line.split(';')[3] === 'Parkert')).toBe(true);
  });
});

/** A demo initiative whose gate to the next phase is met (not into the last phase, which asks more). */
async function findReadyInitiative(
  initiatives: {
    listAll(q?: object): Promise<InitiativeSummary[]>;
    get(
      ref: string,
    ): Promise<{ data: { gate: { ready: boolean; nextPhase: string | null }; status: string } }>;
  },
  lastPhase: string | undefined,
): Promise<{ key: string; nextPhase: string }> {
  for (const item of await initiatives.listAll({ status: 'active' })) {
    const { gate } = (await initiatives.get(item.key)).data;
    if (gate.ready && gate.nextPhase && gate.nextPhase !== lastPhase)
      return { key: item.key, nextPhase: gate.nextPhase };
  }
  throw new Error('no demo initiative is ready for its next gate');
}
