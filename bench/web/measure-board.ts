import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/chromium';
import { ensureWebBuild } from '../../e2e/support/web-build';
import { SESSION_COOKIE } from '../../src/server/access/session-cookie';
import { buildApp } from '../../src/server/app';
import { signInIdentity } from '../../src/services/accounts/users';
import { createTestSession } from '../../src/server/testing/test-accounts';
import { BENCH_AUTH } from '../bench-auth';
import type { BenchDatabase } from '../databases';
import { seedPortfolio } from '../seed-portfolio';
import { summarise, type LatencySummary } from '../stats';
import { firstPageScripts } from './first-page-size';

export interface BoardFigures {
  count: number;
  /** Gzipped JavaScript the first page loads. */
  firstPageBytes: number;
  /** Navigation start → every column drawn and the main thread free again (a fresh browser cache). */
  interactiveCold: LatencySummary;
  /** The same with the scripts in the browser's cache (the next visit). */
  interactiveWarm: LatencySummary;
  /** A filter changed (priority "must") → the board redrawn and painted. */
  filter: LatencySummary;
  /** Clearing that filter → all cards back and painted (the heaviest redraw). */
  unfilter: LatencySummary;
}

/**
 * Issue 5's board figures in Debian's Chromium: the web build served by the real server, on a database
 * holding `count` initiatives made through the services, signed in with a session like a person.
 */
export async function measureBoard(
  bench: BenchDatabase,
  options: { count: number; runs: number; log: (line: string) => void },
): Promise<BoardFigures> {
  const webRoot = await ensureWebBuild();
  options.log(`${bench.label}: seeding ${options.count} initiatives for the board…`);
  const { slug } = await seedPortfolio(bench.database, {
    count: options.count,
    concurrency: bench.concurrency,
  });
  const user = await signInIdentity(
    bench.database,
    { provider: 'bench', subject: 'board', name: 'Benchmark', email: null },
    { isAdmin: true },
  );
  const app = await buildApp({ database: bench.database, webRoot, auth: BENCH_AUTH });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchChromium();
  try {
    const boardUrl = `${url}/org/${slug}/`;
    const open = async (page: Page) => openBoard(page, boardUrl, options.count);
    const session = async () => (await createTestSession(bench.database, user.id)).cookie;
    options.log(`  ${options.runs} cold and warm loads, ${options.runs} filter changes…`);
    const cold: number[] = [];
    const warm: number[] = [];
    const filter: number[] = [];
    const unfilter: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const page = await newSignedInPage(browser, url, await session());
      cold.push(await open(page));
      warm.push(await open(page));
      const timings = await changePriorityFilter(page);
      filter.push(timings.filter);
      unfilter.push(timings.unfilter);
      await page.context().close();
    }
    return {
      count: options.count,
      firstPageBytes: firstPageScripts(webRoot).gzipBytes,
      interactiveCold: summarise(cold),
      interactiveWarm: summarise(warm),
      filter: summarise(filter),
      unfilter: summarise(unfilter),
    };
  } finally {
    await browser.close();
    await app.close();
  }
}

async function newSignedInPage(browser: Browser, url: string, cookie: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url, httpOnly: true, sameSite: 'Lax' }]);
  return context.newPage();
}

/** Loads the board and answers milliseconds from navigation start until it is drawn and idle. */
async function openBoard(page: Page, url: string, count: number): Promise<number> {
  await page.goto(url);
  await page
    .waitForFunction(
      (expected) => document.querySelector('.toolbar__count')?.textContent === `${expected} saker`,
      String(count),
      { timeout: 60_000 },
    )
    .catch(async (error: unknown) => {
      const shown = await page.locator('main').innerText();
      throw new Error(`the board did not show ${count} initiatives: ${shown.slice(0, 300)}`, {
        cause: error,
      });
    });
  await page.locator('.board__column .initiative-card').first().waitFor();
  // Idle: a frame painted and a task run after it, so the page answers the next input at once.
  return page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)),
      ),
  );
}

/** Picks priority "must" and then "all", timing each from the change event to the next paint. */
async function changePriorityFilter(page: Page): Promise<{ filter: number; unfilter: number }> {
  const time = (value: string) =>
    page.evaluate(async (choice) => {
      const select = [...document.querySelectorAll('label')].find(
        (label) => label.textContent === 'Prioritet',
      )?.control as HTMLSelectElement | null;
      const count = document.querySelector('.toolbar__count');
      if (!select || !count) throw new Error('no priority filter or count on the page');
      const before = count.textContent;
      const start = performance.now();
      select.value = choice;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      // No named functions in here: the bundler would wrap them in a helper the page does not have.
      while (count.textContent === before) await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return performance.now() - start;
    }, value);
  const filter = await time('must');
  const unfilter = await time('');
  return { filter, unfilter };
}
