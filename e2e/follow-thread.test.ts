import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { BacklogItem } from '../src/contracts/backlog';
import type { TraceNode } from '../src/contracts/thread';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { seriousAxeViolations } from './support/page-checks';
import type { TestServer } from './support/test-server';
import { tracedInitiatives } from './support/thread-data';

/** Three pages, each waiting for its data, and axe at the end: longer than most on a busy machine. */
const SLOW_MS = 90_000;

/** A path through the demo from a strategic goal down to one issue, read from the API. */
interface Thread {
  goal: { id: string; title: string };
  initiative: { key: string; title: string };
  element: TraceNode;
  epic: TraceNode;
  issue: BacklogItem;
}

/** Where the element page links an issue or epic: the address GitHub gave, else one made from owner/repo#N. */
const githubAddress = (item: BacklogItem) =>
  item.github &&
  (item.github.url ??
    `https://github.com/${item.github.owner}/${item.github.repo}/issues/${item.github.number}`);

/**
 * A goal served directly by an initiative whose red thread reaches a roadmap element with an epic
 * that has issues. The demo's names may change, so nothing is hard-coded.
 */
async function findThread(server: TestServer): Promise<Thread> {
  const { api } = server;
  const [items, traced] = await Promise.all([api.strategyItems.listAll(), tracedInitiatives(server)]);
  const goals = items.filter((item) => item.kind === 'goal');
  for (const { initiative, trace } of traced) {
    const goal = goals.find((g) => initiative.strategicItemIds.includes(g.id));
    if (!goal) continue;
    for (const element of trace.down.filter((node) => node.type === 'roadmap-element')) {
      const epic = element.children.find(
        (c) => c.type === 'epic' && c.children.some((i) => i.type === 'issue'),
      );
      const issueNode = epic?.children.find((child) => child.type === 'issue');
      if (!epic || !issueNode) continue;
      const { data: issue } = await api.backlogItems.get(issueNode.id);
      return { goal, initiative, element, epic, issue };
    }
  }
  throw new Error('no demo goal is served by an initiative whose thread reaches an epic with issues');
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

describeInBrowser('following the red thread', () => {
  const app = useBrowserApp();

  it(
    'goes from a goal on the strategy page through the initiative and its roadmap element down to an issue',
    async () => {
      const { api } = app.server();
      const thread = await findThread(app.server());
      const { goal, initiative, element, epic, issue } = thread;

      // The strategy page: the goal, and the initiative serving it.
      const page = await app.open('/strategi');
      const goalItem = page.locator(`.coverage-item[data-item="${goal.id}"]`);
      await goalItem.waitFor();
      expect(await goalItem.locator('.coverage-item__title').first().innerText()).toContain(goal.title);
      await goalItem
        .locator(':scope > .coverage-item__body > .coverage-initiatives')
        .getByRole('link', { name: `${initiative.key} ${initiative.title}`, exact: true })
        .click();

      // The initiative page and its red thread: the goal above, the roadmap element below.
      await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/initiativ/${initiative.key}`);
      await expect.poll(() => h1(page)).toBe(initiative.title);
      await page.getByRole('tab', { name: 'Rød tråd' }).click();
      await page.waitForURL((url) => url.searchParams.get('fane') === 'rod-trad');
      await page.locator('.trace').first().waitFor();
      expect(await page.locator('.trace-paths').innerText()).toContain(goal.title);
      await page.locator('.trace').getByRole('link', { name: element.title, exact: true }).first().click();

      // The roadmap element's page: the epic, and the issue with its link to GitHub.
      await page.waitForURL((url) => url.pathname === `/veikart/${element.id}`);
      await expect.poll(() => h1(page)).toBe(element.title);
      expect((await api.roadmapElements.get(element.id)).data.title).toBe(element.title);
      const epicArticle = page.locator(`.element-epic[data-epic="${epic.id}"]`);
      await epicArticle.locator('.element-issue').first().waitFor();
      expect(await epicArticle.getByRole('heading', { level: 3 }).innerText()).toBe(epic.title);
      if (epic.ref) {
        expect(await epicArticle.getByRole('link', { name: epic.ref, exact: true }).count()).toBe(1);
      }

      const issueLine = epicArticle.locator('.element-issue').filter({ hasText: issue.title });
      expect(await issueLine.count()).toBe(1);
      const address = githubAddress(issue);
      if (address) {
        const link = issueLine.getByRole('link', { name: issue.title, exact: true });
        expect(await link.getAttribute('href')).toBe(address);
        expect(await issueLine.innerText()).toContain(`#${issue.github?.number}`);
      } else {
        expect(await issueLine.locator('.element-issue__title').innerText()).toBe(issue.title);
      }

      expect(await seriousAxeViolations(page)).toEqual([]);
    },
    SLOW_MS,
  );
});
