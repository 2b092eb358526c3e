import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InitiativeDetail } from '../src/contracts/initiatives';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

const initiativePath = (key: string) => `/initiativ/${encodeURIComponent(key)}`;
const OPEN = 'Ta beslutning / flytt fase';
/** Axe and two screenshots of a page with an open dialog take a while on a busy machine. */
const SLOW_MS = 60_000;

/** Presses Tab (Shift+Tab with `back`) until the focused element matches, at most `max` times. */
async function tabUntil(page: Page, matches: () => boolean, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(matches)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached the element (${matches.toString()})`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);

describeInBrowser('gate dialog', () => {
  const app = useBrowserApp();

  /** Active demo initiatives whose gate is met (or not), with a next phase to go to. */
  async function initiativesWhere(ready: boolean): Promise<InitiativeDetail[]> {
    const { api } = app.server();
    const active = await api.initiatives.listAll({ status: 'active' });
    const details = await Promise.all(active.map(async (item) => (await api.initiatives.get(item.id)).data));
    const found = details.filter((d) => d.gate.nextPhase !== null && d.gate.ready === ready);
    if (found.length === 0) throw new Error(`the demo has no active initiative with a gate ready=${ready}`);
    return found;
  }

  async function phaseName(id: string | null): Promise<string> {
    const { workflow } = await app.server().api.workflow();
    return workflow.phases.find((phase) => phase.id === id)?.name.nb ?? String(id);
  }

  async function openDialog(
    initiative: InitiativeDetail,
    expectedErrors?: RegExp,
  ): Promise<{ page: Page; dialog: Locator }> {
    const page = await app.open(initiativePath(initiative.key), { expectedErrors });
    await page.getByRole('button', { name: OPEN }).click();
    const dialog = page.getByRole('dialog', { name: 'Beslutning ved porten' });
    await dialog.locator('form').waitFor();
    return { page, dialog };
  }

  it('records an approval with its rationale, and the phase and the decisions follow', async () => {
    const [initiative] = await initiativesWhere(true);
    if (!initiative) throw new Error('no ready initiative');
    const next = await phaseName(initiative.gate.nextPhase);
    const { page, dialog } = await openDialog(initiative);

    const criteria = dialog.locator('.gate-dialog__list li');
    expect(await criteria.count()).toBe(initiative.gate.criteria.length);
    for (const text of await criteria.allInnerTexts()) expect(text).toContain('Oppfylt');
    expect(await dialog.getByRole('radio', { name: 'Godkjent', exact: true }).isChecked()).toBe(true);
    expect(await dialog.locator('.gate-dialog__effect').innerText()).toContain(`til ${next}.`);

    const rationale = `Alle kriteriene er oppfylt for ${initiative.key}.`;
    await dialog.getByLabel('Begrunnelse', { exact: true }).fill(rationale);
    await dialog.getByLabel('Besluttet av', { exact: true }).fill('Ledergruppen');
    await dialog.getByLabel('Lenker til dokumentasjon').fill('https://example.org/referat-1');
    await dialog.getByRole('button', { name: 'Registrer beslutningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Beslutningen «Godkjent» er registrert.' }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    const after = (await app.server().api.initiatives.get(initiative.key)).data;
    expect(after.phase).toBe(initiative.gate.nextPhase);
    const decision = after.decisions.find((d) => d.rationale === rationale);
    expect(decision).toMatchObject({
      outcome: 'approved',
      fromPhase: initiative.phase,
      toPhase: initiative.gate.nextPhase,
      decidedBy: 'Ledergruppen',
      evidenceLinks: ['https://example.org/referat-1'],
    });
    await expect.poll(() => page.locator('.decision').count()).toBe(initiative.decisions.length + 1);
    expect(await page.locator('.initiative-header .tags').innerText()).toContain(next);
    expect(await page.locator('.decisions').innerText()).toContain(rationale);
  });

  it(
    'shows the missing criteria of a forward move and what the server answers, keeping what was typed',
    async () => {
      const [initiative] = await initiativesWhere(false);
      if (!initiative) throw new Error('no initiative with unmet criteria');
      const missing = initiative.gate.criteria.filter((criterion) => !criterion.met);
      // The server's refusal (422) is logged by the browser; the dialog shows it.
      const { page, dialog } = await openDialog(initiative, /422/);

      expect(await dialog.locator('.gate-dialog__criteria-summary').innerText()).toBe(
        `${missing.length} av ${initiative.gate.criteria.length} kriterier mangler.`,
      );
      for (const criterion of missing) {
        const item = dialog.locator(`.gate-dialog__list li[data-criterion="${criterion.id}"]`);
        expect(await item.innerText()).toContain(criterion.label.nb);
        expect(await item.locator('.gate-dialog__state').innerText()).toBe('Mangler');
      }

      const rationale = 'Vi ber om godkjenning likevel.';
      await dialog.getByLabel('Begrunnelse', { exact: true }).fill(rationale);
      await dialog.getByRole('button', { name: 'Registrer beslutningen' }).click();
      const problem = dialog.getByRole('alert');
      await problem.waitFor();
      const said = await problem.innerText();
      expect(said).toContain('kriteriene for å forlate fasen er ikke oppfylt');
      expect(said).toContain('gate-criteria-unmet');
      expect(await problem.locator('[data-criterion]').count()).toBe(missing.length);
      for (const criterion of missing) expect(said).toContain(criterion.label.nb);
      expect(await dialog.getByLabel('Begrunnelse', { exact: true }).inputValue()).toBe(rationale);
      expect((await app.server().api.initiatives.get(initiative.key)).data.phase).toBe(initiative.phase);

      // The screenshots show the criteria; the server's answer is below them in the dialog.
      await dialog.locator('.gate-dialog__criteria').scrollIntoViewIfNeeded();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await screenshotAtBothSizes(page, 'gate-dialog')).toEqual([]);
    },
    SLOW_MS,
  );

  it('works with the keyboard alone: focus stays inside, Escape closes and gives focus back', async () => {
    const ready = await initiativesWhere(true);
    const initiative = ready[ready.length - 1];
    if (!initiative) throw new Error('no ready initiative');
    const page = await app.open(initiativePath(initiative.key));
    await page.getByRole('button', { name: OPEN }).waitFor();

    await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Ta beslutning / flytt fase');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Beslutning ved porten' });
    await dialog.locator('form').waitFor();
    expect(await focusedInDialog(page)).toBe(true);

    // Round the ends: Shift+Tab from the first stop lands on the last, Tab from the last on the first.
    const firstStop = await focusedText(page);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('Avbryt');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(firstStop);

    const isRationale = () =>
      document.activeElement instanceof HTMLTextAreaElement &&
      document.activeElement.labels?.[0]?.textContent === 'Begrunnelse';
    await tabUntil(page, isRationale);
    await page.keyboard.type('Besluttet med tastaturet.');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedText(page)).toBe(OPEN);

    // Opened again, what was typed is still there; the decision is sent from the keyboard.
    await page.keyboard.press('Space');
    await dialog.locator('form').waitFor();
    expect(await dialog.getByLabel('Begrunnelse', { exact: true }).inputValue()).toBe(
      'Besluttet med tastaturet.',
    );
    await tabUntil(page, () => document.activeElement?.textContent?.trim() === 'Registrer beslutningen');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedText(page)).toBe(OPEN);

    const after = (await app.server().api.initiatives.get(initiative.key)).data;
    expect(after.phase).toBe(initiative.gate.nextPhase);
    expect(after.decisions.some((d) => d.rationale === 'Besluttet med tastaturet.')).toBe(true);
  });
});
