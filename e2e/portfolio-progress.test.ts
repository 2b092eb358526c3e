import { expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { seriousAxeViolations } from './support/page-checks';

/** Tests that trace many initiatives or run axe on a large page get longer on a busy machine. */
const SLOW_MS = 60_000;

const percent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 });

describeInBrowser('progress on the portfolio', () => {
  const app = useBrowserApp();

  it('shows progress on the cards, and "Klar for Utført" on those ready before they are done', async () => {
    const { api } = app.server();
    const [all, { workflow }] = await Promise.all([api.initiatives.listAll(), api.workflow()]);
    const done = workflow.phases.at(-1)?.id;
    const page = await app.open('/');
    await page.locator('.initiative-card').first().waitFor();
    for (const item of all.slice(0, 10)) {
      const card = page.locator('.initiative-card', { has: page.getByText(item.key, { exact: true }) });
      const progress = await card.locator('.progress__value').innerText();
      expect(progress).toBe(item.progress === null ? 'Ikke målt' : percent.format(item.progress));
    }
    // Ready for Done is news only before Done.
    const ready = all.filter((item) => item.readyForDone && item.phase !== done).map((item) => item.key);
    expect(ready.length, 'the demo has an initiative ready for Done').toBeGreaterThan(0);
    const tagged = await page
      .locator('.initiative-card', { has: page.locator('.tag--ready') })
      .locator('.initiative-card__key')
      .allTextContents();
    expect(tagged.sort()).toEqual(ready.sort());
  });

  it(
    'sorts the table by progress',
    async () => {
      const { api } = app.server();
      const expected = await api.initiatives.listAll({ sort: 'progress', order: 'desc' });
      const page = await app.open('/?visning=tabell');
      await page.locator('.portfolio-table').waitFor();
      await page.getByRole('columnheader', { name: 'Fremdrift' }).getByRole('button').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'progress');
      expect(new URL(page.url()).searchParams.get('rekkefolge')).toBe('synkende');
      await expect
        .poll(() => page.locator('.portfolio-table tbody tr td:first-child').allTextContents())
        .toEqual(expected.map((item) => item.key));
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
    SLOW_MS,
  );
});
