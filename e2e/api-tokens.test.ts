import { expect, it } from 'vitest';
import { ApiError } from '../src/client';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, seriousAxeViolations } from './support/page-checks';

describeInBrowser('API tokens page', () => {
  const app = useBrowserApp();

  it('creates a token, shows it once, and revokes it after asking', async () => {
    const server = app.server();
    const page = await app.open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: /Test Administrator/ }).click();
    await page.getByRole('link', { name: 'Mine API-nøkler' }).click();
    await page.waitForURL((url) => url.pathname === '/api-nokler');
    await page.getByRole('heading', { level: 1, name: 'Mine API-nøkler' }).waitFor();
    expect(await page.title()).toBe('Mine API-nøkler – Rødtråd');

    const create = page.getByRole('button', { name: 'Lag nøkkel' });
    await create.click();
    await page.getByText('Gi nøkkelen et navn.').waitFor();
    const nameField = page.getByLabel('Navn', { exact: true });
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');

    const name = 'Rapport til ledergruppen';
    await nameField.fill(name);
    await page.getByRole('radio', { name: 'Skrive' }).check();
    await page.getByLabel('Gyldig i antall dager').fill('30');
    await create.click();

    const shown = page.getByLabel(`Ny API-nøkkel «${name}»`);
    await shown.waitFor();
    const token = await shown.inputValue();
    expect(token.length).toBeGreaterThan(20);
    const warning = page.locator('.created-token');
    expect(await warning.innerText()).toContain('Nøkkelen vises bare nå, aldri igjen.');
    // The new token works, as its owner, with the scope chosen.
    const me = await server.apiAs(token).accounts.me();
    expect(me.user.id).toBe(server.admin.user.id);
    const stored = (await server.api.accounts.tokens()).find((t) => t.name === name);
    expect(stored?.scope).toBe('write');
    expect(token.startsWith(stored?.prefix ?? '?')).toBe(true);
    const lifetime = Date.parse(stored?.expiresAt ?? '') - Date.parse(stored?.createdAt ?? '');
    expect(Math.abs(lifetime - 30 * 86_400_000)).toBeLessThan(60_000);

    const row = page.locator('.tokens-table tbody tr', { hasText: name });
    await row.waitFor();
    expect(await row.innerText()).toContain('Skrive');
    expect(await row.innerText()).toContain('Aktiv');
    expect(await row.locator('code').innerText()).toBe(stored?.prefix);

    await page.getByRole('button', { name: 'Kopier nøkkelen' }).click();
    await page.getByText('Nøkkelen er kopiert.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await screenshot(page, 'api-tokens-created');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Once put away, the token is nowhere in the page, not even after loading it again.
    await page.getByRole('button', { name: 'Ferdig, jeg har tatt vare på nøkkelen' }).click();
    await page.getByRole('button', { name: 'Lag nøkkel' }).waitFor();
    expect(await page.content()).not.toContain(token);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(token);

    // Asking first: cancelling keeps the token.
    const revoke = page.getByRole('button', { name: `Trekk tilbake «${name}»` });
    await revoke.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Trekke tilbake «${name}»?` }).waitFor();
    expect(await dialog.innerText()).toContain('mister tilgangen med en gang');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await server.apiAs(token).accounts.me()).user.id).toBe(server.admin.user.id);

    await revoke.click();
    await dialog.getByRole('button', { name: 'Ja, trekk tilbake' }).click();
    await page.getByText(`Nøkkelen «${name}» er trukket tilbake.`).waitFor();
    await expect.poll(() => row.innerText()).toContain('Trukket tilbake');
    expect(await revoke.count()).toBe(0);
    const refused = await server
      .apiAs(token)
      .accounts.me()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(401);
    await screenshot(page, 'api-tokens');
  });
});
