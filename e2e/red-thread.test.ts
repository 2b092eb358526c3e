import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { GITHUB_REF_PATTERN } from '../src/contracts/github-ref';
import type { TraceNode } from '../src/contracts/thread';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { screenshot, scrollsSideways, seriousAxeViolations } from './support/page-checks';
import { descendants, tracedInitiatives, type TracedInitiative } from './support/thread-data';

/** Tests that trace many initiatives or run axe on a large page get longer on a busy machine. */
const SLOW_MS = 60_000;

/** An epic with more issues than this starts collapsed (ISSUES_SHOWN in red-thread-tab.tsx). */
const ISSUES_SHOWN = 5;
const threadPath = (key: string) => `/initiativ/${encodeURIComponent(key)}?fane=rod-trad`;
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
/** The disclosure button of a node, found by the node's title. */
const toggleOf = (page: Page, node: TraceNode) =>
  page
    .locator('.trace-row__title')
    .filter({ hasText: exactly(node.title) })
    .first()
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " trace-row ")][1]/button');

describeInBrowser('red thread tab', () => {
  const app = useBrowserApp();
  let richest: TracedInitiative | undefined;

  async function richestTrace(): Promise<TracedInitiative> {
    richest ??= (await tracedInitiatives(app.server()))[0];
    if (!richest) throw new Error('no demo initiative has roadmap elements in its red thread');
    return richest;
  }

  it(
    'opens from the tab and shows the strategy above and the roadmap, epics and issues below',
    async () => {
      const { initiative, trace } = await richestTrace();
      const page = await app.open(`/initiativ/${encodeURIComponent(initiative.key)}`);
      await page.getByRole('tab', { name: 'Rød tråd' }).click();
      await page.waitForURL((url) => url.searchParams.get('fane') === 'rod-trad');
      await page.locator('.trace').first().waitFor();
      const body = await page.locator('main').innerText();

      for (const goal of trace.up) expect(body).toContain(goal.title);
      const elements = page.locator('.trace > .trace__node[data-type="roadmap-element"]');
      expect(await elements.count()).toBe(trace.down.length);
      const below = descendants(trace.down);
      for (const node of below.filter((n) => n.type !== 'issue')) expect(body).toContain(node.title);
      expect(await page.locator('.trace__node').count()).toBe(below.length);

      const onGithub = below.find((node) => node.ref && GITHUB_REF_PATTERN.test(node.ref));
      if (onGithub?.ref) {
        const [, owner, repo, number] = GITHUB_REF_PATTERN.exec(onGithub.ref) ?? [];
        const link = page.getByRole('link', { name: onGithub.ref, exact: true }).first();
        expect(await link.getAttribute('href')).toBe(`https://github.com/${owner}/${repo}/issues/${number}`);
      }

      await screenshot(page, 'red-thread');
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
    SLOW_MS,
  );

  it(
    'collapses epics with many issues and opens them with a button that says so',
    async () => {
      const { initiative, trace } = await richestTrace();
      const epics = descendants(trace.down).filter(
        (node) => node.type === 'epic' && node.children.length > 0,
      );
      expect(epics.length, 'the richest thread has epics with issues').toBeGreaterThan(0);
      const big = epics.find((epic) => epic.children.length > ISSUES_SHOWN);
      const epic = big ?? epics[0];
      if (!epic) throw new Error('unreachable');
      const page = await app.open(threadPath(initiative.key));
      const toggle = toggleOf(page, epic);
      await toggle.waitFor();

      const startsOpen = big ? 'false' : 'true';
      expect(await toggle.getAttribute('aria-expanded')).toBe(startsOpen);
      const list = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
      expect(await list.isVisible()).toBe(startsOpen === 'true');

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe(startsOpen === 'true' ? 'false' : 'true');
      expect(await list.isVisible()).toBe(startsOpen !== 'true');

      await page.getByRole('button', { name: 'Vis alle nivåer' }).click();
      const toggles = page.locator('.trace-row__toggle');
      expect(
        await toggles.evaluateAll((all) => all.map((b) => b.getAttribute('aria-expanded'))),
      ).not.toContain('false');
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
    SLOW_MS,
  );

  it('fits a 360 px wide screen', async () => {
    const { initiative } = await richestTrace();
    const page = await app.open(threadPath(initiative.key), { width: 360, height: 800 });
    await page.locator('.trace').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'red-thread-360');
  });

  it('speaks nynorsk and English', async () => {
    const { initiative } = await richestTrace();
    const page = await app.open(threadPath(initiative.key));
    await page.locator('.trace').first().waitFor();
    await page.locator('label', { has: page.getByRole('radio', { name: 'Nynorsk', exact: true }) }).click();
    await page.getByRole('tab', { name: 'Raud tråd', selected: true }).waitFor();
    await page.locator('label', { has: page.getByRole('radio', { name: 'English', exact: true }) }).click();
    await page.getByRole('tab', { name: 'Red thread', selected: true }).waitFor();
    expect(await page.locator('main h2').allInnerTexts()).toEqual(
      expect.arrayContaining(['Strategic origin', 'Deliveries']),
    );
  });
});
