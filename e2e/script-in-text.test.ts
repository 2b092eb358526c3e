import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot } from './support/page-checks';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/**
 * Nothing written into the page by a person may run: no element with an event handler, no image the
 * text asked for, no inline script, and no alert (browser-app.ts fails the test on any dialog).
 */
async function expectNothingRan(page: Page, dialogs: string[]) {
  // An image that did get in would have failed to load and fired its handler by now.
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  const sources = await page
    .locator('script[src]')
    .evaluateAll((scripts) => scripts.map((script) => new URL((script as HTMLScriptElement).src).pathname));
  expect(sources.every((path) => path.startsWith('/assets/'))).toBe(true);
}

describeInBrowser('script in text fields', () => {
  const app = useBrowserApp();

  it('stays text on the board, in the table and on the initiative page', async () => {
    const { api } = app.server();
    const title = `Skript i tittelen ${IMG} ${SCRIPT}`;
    const created = (
      await api.initiatives.create({
        title,
        description: `Beskrivelse med **fet skrift** og ${IMG}\n\n${SCRIPT}\n\n[lenke](javascript:alert(1))`,
        problemStatement: `${SCRIPT} problemet`,
        riskIfNotDone: IMG,
        riskText: `<svg onload=alert(1)>`,
        collaboration: `<a href="javascript:alert(1)">klikk</a>`,
        okrs: [{ objective: `Mål ${IMG}`, keyResults: [{ title: `${SCRIPT} resultat`, done: false }] }],
        milestones: [{ title: `Milepæl ${IMG}`, done: false }],
      })
    ).data;
    await api.initiatives.postStatusUpdate(created.key, { text: `Status ${IMG} ${SCRIPT}` });

    const pages: Array<[string, string]> = [
      ['board', '/'],
      ['table', '/?visning=tabell'],
      ['overview', `/initiativ/${encodeURIComponent(created.key)}`],
      ['status', `/initiativ/${encodeURIComponent(created.key)}?fane=status`],
      ['thread', `/initiativ/${encodeURIComponent(created.key)}?fane=rod-trad`],
    ];
    for (const [name, path] of pages) {
      const page = await app.open(path);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => dialogs.push(dialog.message()));
      const main = page.locator('main');
      if (name === 'board' || name === 'table') {
        await page.getByRole('link', { name: title, exact: true }).waitFor();
      } else {
        await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      }
      if (name === 'overview') {
        await page.locator('.timeline__event').first().waitFor();
        const text = await main.innerText();
        for (const written of [IMG, SCRIPT, '<svg onload=alert(1)>', `Mål ${IMG}`, `Milepæl ${IMG}`]) {
          expect(text, name).toContain(written);
        }
        // Markdown still formats, and the javascript: link is not a link any more.
        expect(await main.locator('.markdown strong', { hasText: 'fet skrift' }).count()).toBe(1);
        expect(await main.locator('a[href^="javascript"]').count()).toBe(0);
        await screenshot(page, 'script-in-text-initiative');
      }
      if (name === 'status') {
        await page.locator('.status-list__item').first().waitFor();
        expect(await page.locator('.status-list__item').first().innerText()).toContain(
          `Status ${IMG} ${SCRIPT}`,
        );
      }
      if (name !== 'board' && name !== 'table') expect(await page.title(), name).toContain(title);
      await expectNothingRan(page, dialogs);
      await page.context().close();
    }
  });
});
