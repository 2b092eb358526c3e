import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Item } from '../src/contracts/strategy';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';

/** Where the form keeps its draft for the demo organisation (use-proposal-draft.ts). */
const DRAFT_KEY = 'rodtrad.proposal-draft.demo';
const storedDraft = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), DRAFT_KEY);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeText = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
/** Opens one of the form's sections (a <details>) by its heading. */
const openSection = (page: Page, name: string) => page.locator('summary', { hasText: name }).click();
const itemLabel = (item: Item) => (item.ref ? `${item.ref} ${item.title}` : item.title);

/** Presses Tab until `reached` says focus is where it should be; fails after `max` presses. */
async function tabUntil(page: Page, reached: () => Promise<boolean>, max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await reached()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus did not arrive after ${max} presses of Tab (at #${await activeId(page)})`);
}

describeInBrowser('proposal form', () => {
  const app = useBrowserApp();

  it('proposes an initiative from the template and says what happens next', async () => {
    const { api } = app.server();
    const [items, people, { workflow }] = await Promise.all([
      api.strategyItems.listAll(),
      api.people.listAll(),
      api.workflow(),
    ]);
    const item = items.find((candidate) => candidate.parentId === null && candidate.ref);
    const owner = people.at(-1);
    if (!item || !owner) throw new Error('the demo has no strategic item with a number, or no people');
    const title = `Felles varslingstjeneste ${Date.now()}`;

    const page = await app.open('/foresla');
    await page.getByRole('heading', { level: 1, name: 'Foreslå sak' }).waitFor();
    expect(await page.title()).toBe('Foreslå sak – Rødtråd');
    await page.getByLabel('Tittel').fill(title);
    await page
      .getByLabel('Problemstilling')
      .fill('Varsler sendes fra mange systemer, og brukerne får for mange.');
    await openSection(page, 'Begrunnelse');
    await page.getByLabel('Beskrivelse av tiltaket').fill('Én tjeneste for varsler til innbyggere.');

    await openSection(page, 'Strategisk forankring og mål');
    const strategy = page.locator('#proposal-strategicItemIds');
    await strategy.getByLabel('Filtrer listen').fill(item.title);
    await strategy.getByRole('checkbox', { name: itemLabel(item) }).check();
    await page.getByRole('button', { name: 'Legg til mål' }).click();
    await expect.poll(() => activeId(page)).toBe('proposal-okrs-0-objective');
    await page.keyboard.type('Færre og bedre varsler');
    await page.getByLabel('Nøkkelresultat 1').fill('Varsler per bruker per måned');
    await page.getByLabel('Målverdi').fill('under 3');

    await openSection(page, 'Ressurser');
    await page.getByLabel('Behov totalt, sum månedsverk').fill('12,5');
    await page.getByRole('button', { name: 'Legg til år' }).click();
    await expect.poll(() => activeId(page)).toBe('proposal-resources-0-internalPersonMonths');
    await page.keyboard.type('6');
    await openSection(page, 'Prioritet og ansvar');
    await page.getByRole('radio', { name: 'Bør ha' }).check();
    await page.getByLabel('Tiltakseier').selectOption(owner.id);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await screenshotAtBothSizes(page, 'proposal-form')).toEqual([]);
    await page.getByRole('button', { name: 'Send forslaget' }).click();

    const heading = page.getByRole('heading', { level: 2, name: 'Forslaget er registrert' });
    await heading.waitFor();
    await expect.poll(() => activeId(page)).toBe('proposal-confirmation-heading');
    const confirmation = await page.locator('.proposal-confirmation').innerText();
    const key = /Sak \d+-\d{4}/.exec(confirmation)?.[0];
    if (!key) throw new Error(`no case number in the confirmation: ${confirmation}`);
    expect(confirmation).toContain('nye forslag på møtet sitt hver uke');
    expect(confirmation).toContain(`fasen «${workflow.phases[0]?.name.nb}»`);

    const saved = (await api.initiatives.get(key)).data;
    expect(saved).toMatchObject({
      title,
      problemStatement: 'Varsler sendes fra mange systemer, og brukerne får for mange.',
      description: 'Én tjeneste for varsler til innbyggere.',
      strategicItemIds: [item.id],
      okrs: [
        {
          objective: 'Færre og bedre varsler',
          keyResults: [{ title: 'Varsler per bruker per måned', target: 'under 3', done: false }],
        },
      ],
      personMonthsTotal: 12.5,
      resources: [{ year: new Date().getFullYear(), internalPersonMonths: 6, externalPersonMonths: 0 }],
      priority: 'should',
      ownerId: owner.id,
      phase: workflow.phases[0]?.id,
      status: 'active',
    });
    // The gate out of the first phase, as the initiative's page will show it.
    const criteria = page.locator('.proposal-confirmation__criteria li');
    await expect.poll(() => criteria.count()).toBe(saved.gate.criteria.length);
    for (const [index, criterion] of saved.gate.criteria.entries()) {
      expect(await criteria.nth(index).innerText()).toContain(criterion.label.nb);
    }
    expect(await storedDraft(page), 'the draft is gone once the proposal is sent').toBeNull();

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await screenshotAtBothSizes(page, 'proposal-confirmation')).toEqual([]);
    await page.getByRole('link', { name: `Gå til ${key}` }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
  });

  it('lists what is missing when sent empty, takes focus there and creates nothing', async () => {
    const { api } = app.server();
    const before = (await api.initiatives.listAll()).length;
    const page = await app.open('/foresla');
    await page.getByRole('button', { name: 'Send forslaget' }).click();

    const summary = page.locator('ds-error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('DS-ERROR-SUMMARY');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Tittel: Dette må fylles ut.',
      'Problemstilling: Dette må fylles ut.',
    ]);
    // The message under the field is what a screen reader hears with it.
    const title = page.locator('#proposal-title');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const messages = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(messages).toContain('Dette må fylles ut.');

    await summary.getByRole('link', { name: /^Problemstilling/ }).click();
    await expect.poll(() => activeId(page)).toBe('proposal-problemStatement');
    expect((await api.initiatives.listAll()).length).toBe(before);

    // Putting it right and leaving the field takes its message away.
    await page.keyboard.type('Noe er galt');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => summary.getByRole('link').allInnerTexts())
      .toEqual(['Tittel: Dette må fylles ut.']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await screenshotAtBothSizes(page, 'proposal-form-errors')).toEqual([]);
  });

  it('keeps a draft in the browser across a reload, until it is discarded', async () => {
    const page = await app.open('/foresla');
    await page.getByLabel('Tittel').fill('Et utkast som skal overleve');
    await page.getByLabel('Problemstilling').fill('Skrevet før siden ble lastet på nytt');
    await page
      .getByRole('status')
      .filter({ hasText: /Utkast lagret \d{2}:\d{2}/ })
      .waitFor();

    await page.reload();
    await page.getByText('Vi fant et utkast du lagret').waitFor();
    expect(await page.getByLabel('Tittel').inputValue()).toBe('Et utkast som skal overleve');
    expect(await page.getByLabel('Problemstilling').inputValue()).toBe(
      'Skrevet før siden ble lastet på nytt',
    );

    await page.getByRole('button', { name: 'Forkast utkast' }).click();
    expect(await page.getByLabel('Tittel').inputValue()).toBe('');
    expect(await storedDraft(page)).toBeNull();
    await expect.poll(() => activeId(page)).toBe('proposal-title');
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const { api } = app.server();
    const title = `Tastatursak ${Date.now()}`;
    const page = await app.open('/foresla');
    await page.getByRole('heading', { level: 1, name: 'Foreslå sak' }).waitFor();

    await tabUntil(page, async () => (await activeId(page)) === 'proposal-title');
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('proposal-problemStatement');
    await page.keyboard.type('Noen må kunne bruke skjemaet uten mus.');

    await tabUntil(page, async () => (await activeText(page)).startsWith('Prioritet og ansvar'));
    await page.keyboard.press('Enter');
    // The section opens with a short animation; a person would not press Tab quicker than that.
    await page.getByRole('radio', { name: 'Må ha' }).waitFor();
    await page.keyboard.press('Tab');
    // Focus enters the radio group at the chosen "Vet ikke ennå"; the arrow key moves on to "Må ha".
    expect(
      await page
        .getByRole('radio', { name: 'Vet ikke ennå' })
        .evaluate((radio) => radio === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Må ha' }).isChecked()).toBe(true);

    await tabUntil(page, async () => (await activeText(page)) === 'Send forslaget');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Forslaget er registrert' }).waitFor();
    await expect.poll(() => activeId(page)).toBe('proposal-confirmation-heading');

    const [created] = await api.initiatives.listAll({ q: title });
    expect(created).toMatchObject({ title, priority: 'must' });
  });

  it('explains to a reader why there is no form', async () => {
    const reader = await app.server().createUser({ role: 'reader', name: 'Lese Leser' });
    const page = await app.open('/foresla', { as: { userId: reader.user.id } });
    await page.getByRole('heading', { level: 2, name: 'Du kan ikke foreslå saker her' }).waitFor();
    expect(await page.locator('form.proposal-form').count()).toBe(0);
  });
});
