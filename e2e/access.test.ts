import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { InitiativeDetail } from '../src/contracts/initiatives';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, seriousAxeViolations } from './support/page-checks';

const statusPath = (key: string) => `/initiativ/${encodeURIComponent(key)}?fane=status`;

/** The user menu's button once the user's access has loaded: it then names their role. */
async function waitForRole(page: Page, name: string, role: string) {
  const trigger = page.getByRole('button', { name: new RegExp(name) });
  await expect.poll(() => trigger.innerText()).toContain(role);
  return trigger;
}

describeInBrowser('roles in the web app', () => {
  const app = useBrowserApp();

  /** Two demo initiatives in implementation with an owner, different owners. */
  async function ownedInitiatives(): Promise<[InitiativeDetail, InitiativeDetail]> {
    const { api } = app.server();
    const summaries = await api.initiatives.listAll({ phase: 'implementering' });
    const details = await Promise.all(summaries.map(async (s) => (await api.initiatives.get(s.key)).data));
    const owned = details.filter((d) => d.ownerId !== null);
    const first = owned[0];
    const other = owned.find(
      (d) =>
        d.ownerId !== first?.ownerId &&
        d.submitterId !== first?.ownerId &&
        d.responsibleId !== first?.ownerId,
    );
    if (!first || !other) throw new Error('the demo needs two initiatives with different owners');
    return [first, other];
  }

  it("lets an administrator change a member's role", async () => {
    const { api } = app.server();
    const member = await app.server().createUser({ role: 'reader', name: 'Ola Leser' });
    const page = await app.open('/');
    await (await waitForRole(page, 'Test Administrator', 'Administrator')).click();
    await page.getByRole('link', { name: 'Administrasjon' }).click();
    await page.waitForURL((url) => url.pathname === '/administrasjon');
    await page.getByRole('heading', { level: 1, name: 'Administrasjon' }).waitFor();
    expect(await page.title()).toBe('Administrasjon – Rødtråd');

    const role = page.getByLabel('Rolle for Ola Leser');
    await expect.poll(() => role.inputValue()).toBe('reader');
    await role.selectOption('portfolio-office');
    await page.getByText('Ola Leser har nå rollen Porteføljekontor.').waitFor();
    await expect
      .poll(async () => (await api.accounts.members()).find((m) => m.userId === member.user.id)?.role)
      .toBe('portfolio-office');
    // The change is in the account log, and the member's next look at the app shows it.
    await page.locator('.account-log-table tbody tr[data-kind="role-changed"]').first().waitFor();
    const theirs = await app.open('/', { as: { userId: member.user.id } });
    await waitForRole(theirs, 'Ola Leser', 'Porteføljekontor');

    // The page lists the installation's users, with the administrator marked.
    const users = page.locator('.users-table');
    expect(await users.innerText()).toContain('Ola Leser');
    expect(
      await page.getByLabel('Test Administrator er administrator for hele installasjonen').isChecked(),
    ).toBe(true);
    await screenshot(page, 'admin');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows a reader neither the status-update form, the checks nor the administration', async () => {
    const [initiative] = await ownedInitiatives();
    const reader = await app.server().createUser({ role: 'reader', name: 'Rita Reader' });
    const page = await app.open(statusPath(initiative.key), { as: { userId: reader.user.id } });
    const trigger = await waitForRole(page, 'Rita Reader', 'Leser');
    await page.getByRole('heading', { name: 'Tidligere oppdateringer' }).waitFor();
    await page.getByText('Du kan lese statusoppdateringene, men ikke skrive nye på denne saken.').waitFor();
    expect(await page.locator('form.status-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Publiser' }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    // Reading pages only: no proposal form, no checks.
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Portefølje',
      'Veikart',
      'Organisasjon',
      'Strategi',
      'Agenda',
      'API-dokumentasjon',
    ]);

    await trigger.click();
    await page.getByRole('link', { name: 'Mine API-nøkler' }).waitFor();
    expect(await page.getByRole('link', { name: 'Administrasjon' }).count()).toBe(0);
    await screenshot(page, 'reader-status-updates');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Typed in by hand, the administration says it is not for them.
    await page.goto(new URL('/administrasjon', app.server().url).href);
    await page.getByText('Du har ikke tilgang til administrasjonen.').waitFor();
    expect(await page.locator('.admin-section').count()).toBe(0);
  });

  it('shows a contributor the status-update form on their own initiative only', async () => {
    const [own, other] = await ownedInitiatives();
    const contributor = await app.server().createUser({
      role: 'contributor',
      name: 'Eli Eier',
      personId: own.ownerId,
    });
    const page = await app.open(statusPath(own.key), { as: { userId: contributor.user.id } });
    await waitForRole(page, 'Eli Eier', 'Bidragsyter');
    await page.getByRole('button', { name: 'Publiser' }).waitFor();
    expect(await page.locator('form.status-form').count()).toBe(1);

    await page.goto(new URL(statusPath(other.key), app.server().url).href);
    await page.getByText('Du kan lese statusoppdateringene, men ikke skrive nye på denne saken.').waitFor();
    expect(await page.locator('form.status-form').count()).toBe(0);
  });

  it('shows "internal" where the API withholds money, risk and rationale from a reader', async () => {
    const { api } = app.server();
    const summaries = await api.initiatives.listAll({ phase: 'implementering' });
    const details = await Promise.all(summaries.map(async (s) => (await api.initiatives.get(s.key)).data));
    const rich = details.find(
      (d) => d.funding.length > 0 && d.riskText && d.decisions.some((x) => x.rationale),
    );
    if (!rich) throw new Error('no demo initiative has funding, a risk assessment and a reasoned decision');
    const reader = await app.server().createUser({ role: 'reader', name: 'Ivar Intern' });
    const before = await api.getOrganisation();
    await api.updateOrganisation({ internalFields: ['money', 'risk', 'rationale'] });
    try {
      const seen = (await app.server().apiAs(reader.token).initiatives.get(rich.key)).data;
      expect([seen.funding, seen.riskText, seen.decisions.map((d) => d.rationale ?? null)]).toEqual([
        [],
        null,
        seen.decisions.map(() => null),
      ]);
      const page = await app.open(`/initiativ/${encodeURIComponent(rich.key)}`, {
        as: { userId: reader.user.id },
      });
      await page.locator('.decisions').waitFor();
      await expect.poll(() => page.locator('.internal-note').count()).toBeGreaterThanOrEqual(3);
      const main = await page.locator('main').innerText();
      expect(main).toContain('Internt for porteføljekontoret');
      expect(main).not.toContain(rich.riskText ?? '?');
      await screenshot(page, 'reader-internal-fields');

      // The portfolio office sees it all.
      const office = await app.open(`/initiativ/${encodeURIComponent(rich.key)}`);
      await office.locator('.decisions').waitFor();
      await office
        .getByText(rich.riskText ?? '?')
        .first()
        .waitFor();
      expect(await office.locator('.internal-note').count()).toBe(0);
    } finally {
      await api.updateOrganisation({ internalFields: before.internalFields });
    }
  });
});
