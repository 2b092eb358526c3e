import { expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, seriousAxeViolations } from './support/page-checks';

/** Tests that trace many initiatives or run axe on a large page get longer on a busy machine. */
const SLOW_MS = 60_000;

/** As the page writes a share: "40 %" with a no-break space. */
const percent = (share: number) =>
  new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const statusPath = (key: string) => `/initiativ/${encodeURIComponent(key)}?fane=status`;

describeInBrowser('status updates', () => {
  const app = useBrowserApp();

  /** An active initiative the demo has not overridden, so the override is ours to see. */
  async function plainInitiative() {
    const { api } = app.server();
    const active = await api.initiatives.listAll({ status: 'active', phase: 'implementering' });
    for (const summary of active) {
      const { data } = await api.initiatives.get(summary.key);
      if (data.healthOverride === null && data.progressOverride === null) return data;
    }
    throw new Error('every demo initiative in implementation has an override');
  }

  it(
    'asks for a text, then posts an update that overrides health and progress',
    async () => {
      const { api } = app.server();
      const initiative = await plainInitiative();
      const page = await app.open(statusPath(initiative.key));
      const text = page.getByLabel('Status', { exact: true });
      await text.waitFor();
      const publish = page.getByRole('button', { name: 'Publiser' });
      const before = await api.initiatives.statusUpdates(initiative.key);

      await publish.click();
      await page.getByText('Skriv en tekst til statusoppdateringen.').waitFor();
      expect(await text.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      expect(await api.initiatives.statusUpdates(initiative.key)).toEqual(before);

      const words = 'Leverandøren er forsinket med testmiljøet; vi venter to uker.';
      await text.fill(words);
      await page.getByRole('radio', { name: 'Gul', exact: true }).check();
      await page.getByLabel('Overstyr fremdriften (prosent)').fill('40');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await publish.click();
      await page.getByText('Statusoppdateringen er publisert.').waitFor();

      const [updates, { data: after }] = await Promise.all([
        api.initiatives.statusUpdates(initiative.key),
        api.initiatives.get(initiative.key),
      ]);
      const added = updates.filter((update) => !before.some((old) => old.id === update.id));
      expect(added.map((u) => [u.text, u.healthOverride, u.progressOverride])).toEqual([
        [words, 'yellow', 40],
      ]);
      expect([after.health, after.healthOverride, after.progressOverride, after.progress]).toEqual([
        'yellow',
        'yellow',
        40,
        0.4,
      ]);
      const newest = page.locator('.status-list__item').first();
      await newest.getByText(words).waitFor();
      expect(await newest.innerText()).toContain('Helse overstyrt: Gul');
      expect(await newest.innerText()).toContain(`Fremdrift overstyrt: ${percent(0.4)}`);
      expect(await text.inputValue()).toBe('');
      await screenshot(page, 'status-updates');

      await page.getByRole('tab', { name: 'Oversikt' }).click();
      const delivery = page.locator('.delivery');
      await delivery.waitFor();
      expect(await delivery.locator('[data-field="progress"]').innerText()).toContain(percent(0.4));
      expect(await delivery.locator('[data-field="progress"]').innerText()).toContain('Overstyrt');
      expect(await delivery.locator('[data-field="health"]').innerText()).toContain('Overstyrt');
      // The history says a status update was written, not that the initiative was created again.
      const written = page.locator('.timeline__event[data-entity="status-update"]').first();
      expect(await written.innerText()).toContain('skrev en statusoppdatering');
    },
    SLOW_MS,
  );

  it('shows what the server refused next to the form', async () => {
    const initiative = await plainInitiative();
    const page = await app.open(statusPath(initiative.key), { expectedErrors: /400/ });
    await page.route('**/status-updates', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Bad Request',
              status: 400,
              code: 'validation-failed',
              issues: [{ path: 'progress', message: 'Number must be at most 100' }],
            }),
          })
        : route.fallback(),
    );
    await page.getByLabel('Status', { exact: true }).fill('Ny prognose.');
    await page.getByRole('button', { name: 'Publiser' }).click();
    const alert = page.locator('.status-form').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Serveren godtok ikke skjemaet');
    expect(await alert.innerText()).toContain('progress: Number must be at most 100');
  });
});
