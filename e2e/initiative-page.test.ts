import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InitiativeDetail } from '../src/contracts/initiatives';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, scrollsSideways, seriousAxeViolations } from './support/page-checks';

const initiativePath = (key: string) => `/initiativ/${encodeURIComponent(key)}`;
const text = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

describeInBrowser('initiative page', () => {
  const app = useBrowserApp();

  /** The demo initiative with the most decisions: the richest page to look at. */
  async function richestInitiative(): Promise<InitiativeDetail> {
    const { api } = app.server();
    const inImplementation = await api.initiatives.listAll({ phase: 'implementering' });
    const details = await Promise.all(
      inImplementation.map(async (item) => (await api.initiatives.get(item.id)).data),
    );
    const richest = details.sort((a, b) => b.decisions.length - a.decisions.length)[0];
    if (!richest) throw new Error('the demo has no initiative in implementation');
    return richest;
  }

  it('opens from its card on the board', async () => {
    const initiative = await richestInitiative();
    const page = await app.open('/');
    await page.getByRole('link', { name: initiative.title, exact: true }).click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${initiative.key}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(initiative.title);
    await expect.poll(() => page.title()).toBe(`${initiative.key} ${initiative.title} – Rødtråd`);
  });

  it('shows the fields, the gate checklist, the decisions and the history', async () => {
    const { api } = app.server();
    const initiative = await richestInitiative();
    const [history, people] = await Promise.all([
      api.initiatives.history(initiative.key),
      api.people.listAll(),
    ]);
    const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name;
    const page = await app.open(initiativePath(initiative.key));
    await page.locator('.timeline__event').first().waitFor();
    const body = await page.locator('main').innerText();

    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(initiative.title);
    for (const value of [
      initiative.key,
      initiative.problemStatement,
      initiative.description,
      initiative.riskIfNotDone,
    ]) {
      expect(value, 'the demo initiative fills in the template').toBeTruthy();
      expect(body).toContain(value);
    }
    expect(body).toContain(nameOf(initiative.ownerId));
    expect(body).toContain(nameOf(initiative.responsibleId));
    for (const okr of initiative.okrs) expect(body).toContain(okr.objective);
    for (const milestone of initiative.milestones) expect(body).toContain(milestone.title);
    expect(await page.locator('table', { hasText: 'Finansiering per år' }).locator('tbody tr').count()).toBe(
      initiative.funding.length,
    );

    const criteria = page.locator('.gate__criteria li');
    expect(initiative.gate.criteria.length).toBeGreaterThan(0);
    expect(await criteria.count()).toBe(initiative.gate.criteria.length);
    for (const [index, criterion] of initiative.gate.criteria.entries()) {
      const item = criteria.nth(index);
      expect(await item.innerText()).toContain(criterion.label.nb);
      expect(await item.locator('.gate__state').innerText()).toBe(criterion.met ? 'Oppfylt' : 'Ikke oppfylt');
    }

    const decisions = page.locator('.decision');
    expect(initiative.decisions.length).toBeGreaterThan(1);
    expect(await decisions.count()).toBe(initiative.decisions.length);
    for (const decision of initiative.decisions) expect(body).toContain(decision.decidedBy);

    expect(await page.locator('.timeline__event').count()).toBe(history.length);
    const moves = await text(page, '.timeline__event[data-action="transitioned"] .timeline__changes');
    expect(moves.some((line) => /Fase: .+ → Implementering/.test(line))).toBe(true);

    await screenshot(page, 'initiative');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('speaks English with English dates after the language switch', async () => {
    const initiative = await richestInitiative();
    const newest = [...initiative.decisions].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn))[0];
    const page = await app.open(initiativePath(initiative.key));
    await page.locator('.decision').first().waitFor();

    await page.locator('label', { has: page.getByRole('radio', { name: 'English', exact: true }) }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const headings = await text(page, 'main h2');
    expect(headings).toEqual(expect.arrayContaining(['Phase checklist', 'Decisions', 'History']));
    expect(await page.locator('.gate__criteria li').first().innerText()).toContain(
      initiative.gate.criteria[0]?.label.en,
    );
    const date = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(await page.locator('.decision time').first().innerText()).toBe(
      date.format(new Date(`${newest?.decidedOn}T00:00:00Z`)),
    );

    await screenshot(page, 'initiative-en');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says so when no initiative or organisation has the name', async () => {
    const page = await app.open(initiativePath('Sak 999-2099'), { expectedErrors: /404/ });
    await page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Sak 999-2099');

    const other = await app.open('/org/finnes-ikke/portefolje', { expectedErrors: /404/ });
    await other.getByRole('alert').waitFor();
    expect(await other.getByRole('alert').innerText()).toContain(
      'Fant ingen organisasjon med kortnavnet «finnes-ikke».',
    );
  });

  it('works for a named organisation and on a 360 px wide screen', async () => {
    const initiative = await richestInitiative();
    const page = await app.open(`/org/demo${initiativePath(initiative.key)}`, { width: 360, height: 800 });
    await page.locator('.timeline__event').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(initiative.title);
    // On a phone the main menu is folded behind its button.
    await page.getByRole('button', { name: 'Meny' }).click();
    expect(await page.getByRole('link', { name: 'Portefølje', exact: true }).getAttribute('href')).toBe(
      '/org/demo/portefolje',
    );
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'initiative-360');
  });
});
