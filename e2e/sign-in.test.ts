import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/server/access/session-cookie';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, seriousAxeViolations } from './support/page-checks';

/** The session cookie the page's browser holds now (httpOnly: the page's own script cannot read it). */
async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('the browser holds no session cookie');
  return cookie.value;
}

/** Picks a language as a user does, by its label in the language switch. */
const chooseLanguage = (page: Page, name: string) =>
  page.locator('label', { has: page.getByRole('radio', { name, exact: true }) }).click();

describeInBrowser('signing in and out', () => {
  const app = useBrowserApp();

  /** GET /api/v1/me with exactly this session cookie, from outside the browser. */
  const meWithCookie = (cookie: string) =>
    fetch(new URL('/api/v1/me', app.server().url), { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });

  it('sends a visitor who is not signed in to the sign-in page, which explains the one-time link', async () => {
    const page = await app.open('/sjekker?x=1', { as: 'signed-out' });
    await page.waitForURL((url) => url.pathname === '/logg-inn');
    expect(new URL(page.url()).searchParams.get('neste')).toBe('/sjekker?x=1');
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    const local = page.locator('.sign-in__local');
    await local.waitFor();
    expect(await local.getByRole('heading', { level: 2 }).innerText()).toBe('Logg inn med engangslenke');
    expect(await local.innerText()).toContain('skriver den en ny engangslenke i konsollen');
    expect(await local.locator('code').innerText()).toBe('rodtrad admin sign-in-link');
    // No provider is configured on the test server, so there is nothing else to sign in with.
    expect(await page.getByRole('link', { name: /^Logg inn med/ }).count()).toBe(0);
    // The app's navigation and user menu are for the signed-in.
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.title()).toBe('Logg inn – Rødtråd');
    await screenshot(page, 'sign-in');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says why a sign-in failed, in bokmål, nynorsk and English', async () => {
    const page = await app.open('/logg-inn?feil=lenke', { as: 'signed-out' });
    const failure = page.locator('.sign-in__failure');
    await failure.waitFor();
    expect(await failure.innerText()).toContain('Engangslenken er allerede brukt eller har gått ut.');
    await chooseLanguage(page, 'Nynorsk');
    await expect
      .poll(() => failure.innerText())
      .toContain('Eingongslenkja er allereie brukt eller har gått ut.');
    await chooseLanguage(page, 'English');
    await expect
      .poll(() => failure.innerText())
      .toContain('The one-time link has already been used or has expired.');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A reason the page does not know gets the general words; the language chosen stays.
    await page.goto(new URL('/logg-inn?feil=noe-annet', app.server().url).href);
    await expect.poll(() => failure.innerText()).toContain('Something went wrong while signing in.');
    await page.goto(new URL('/logg-inn?feil=deaktivert', app.server().url).href);
    await expect.poll(() => failure.innerText()).toContain('Your account is disabled.');
    await screenshot(page, 'sign-in-failed-en');
  });

  it('shows who is signed in and their role, and signs out', async () => {
    const { user } = await app.server().createUser({ role: 'portfolio-office', name: 'Kari Nordmann' });
    const page = await app.open('/', { as: { userId: user.id } });
    const trigger = page.getByRole('button', { name: /Kari Nordmann/ });
    await expect.poll(() => trigger.innerText()).toContain('Porteføljekontor');
    const cookie = await sessionCookie(page);
    expect((await meWithCookie(cookie)).status).toBe(200);

    await trigger.click();
    const menu = page.locator('.user-menu');
    await menu.getByRole('link', { name: 'Mine API-nøkler' }).waitFor();
    expect(await menu.innerText()).toContain('Porteføljekontor i');
    // The portfolio office does not manage members or settings: no administration for them.
    expect(await menu.getByRole('link', { name: 'Administrasjon' }).count()).toBe(0);
    expect(await menu.getByRole('button', { name: 'Logg ut overalt' }).count()).toBe(1);
    await screenshot(page, 'user-menu');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await menu.getByRole('button', { name: 'Logg ut', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/logg-inn');
    await page.getByText('Du er logget ut.').waitFor();
    // The session is over on the server, not just forgotten by this browser.
    expect((await meWithCookie(cookie)).status).toBe(401);
    expect((await page.request.get(new URL('/api/v1/me', app.server().url).href)).status()).toBe(401);
    await page.goto(new URL('/portefolje', app.server().url).href);
    await page.waitForURL((url) => url.pathname === '/logg-inn');
    expect(new URL(page.url()).searchParams.get('neste')).toBe('/portefolje');
  });

  it('signs out everywhere: every other browser of the user is signed out too', async () => {
    const { user } = await app.server().createUser({ role: 'reader', name: 'Per Pendler' });
    const laptop = await app.open('/', { as: { userId: user.id } });
    const phone = await app.open('/sjekker', { as: { userId: user.id }, width: 360, height: 800 });
    // On a phone the user's menu is folded behind the menu button.
    await phone.getByRole('button', { name: 'Meny' }).click();
    await phone.getByRole('button', { name: /Per Pendler/ }).waitFor();
    // A reader may not run the checks: the page says so instead of asking the API in vain.
    await phone.getByText('Porteføljesjekkene er for porteføljekontoret og porteføljeledere.').waitFor();
    const phoneCookie = await sessionCookie(phone);

    await laptop.getByRole('button', { name: /Per Pendler/ }).click();
    await laptop.getByRole('button', { name: 'Logg ut overalt' }).click();
    await laptop.waitForURL((url) => url.pathname === '/logg-inn');
    expect((await meWithCookie(phoneCookie)).status).toBe(401);

    // The other browser finds out on its next request and goes to the sign-in page, to come back here.
    await phone.reload();
    await phone.waitForURL((url) => url.pathname === '/logg-inn');
    expect(new URL(phone.url()).searchParams.get('neste')).toBe('/sjekker');
  });
});
