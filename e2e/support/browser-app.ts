import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { SESSION_COOKIE } from '../../src/server/access/session-cookie';
import { launchChromium } from './chromium';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server';

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Console errors the test expects (a 404 the page handles), left out of the error check. */
  expectedErrors?: RegExp;
  /**
   * Who the browser is signed in as: the test administrator unless told otherwise, another user by
   * id, or nobody ('signed-out'). Each page gets a session of its own, so signing out ends only that.
   */
  as?: { userId: string } | 'signed-out';
  /** Browser permissions to grant, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: string[];
}

export interface BrowserApp {
  server(): TestServer;
  /** A fresh browser context (no stored language) on `path`, bokmål unless the page is told otherwise. */
  open(path: string, options?: OpenOptions): Promise<Page>;
}

const ACTION_TIMEOUT_MS = 10_000;

/**
 * The demo server and one Chromium for a test file. Every page opened is closed after its test,
 * and a script error, a failed request, a refused Content Security Policy or an alert on it fails the test.
 * `serverOptions` change the server (a GitHub sync pointed at a fake GitHub).
 */
export function useBrowserApp(serverOptions: TestServerOptions = {}): BrowserApp {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(serverOptions), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    const seen = problems;
    problems = [];
    expect(seen, 'errors in the browser').toEqual([]);
  });

  return {
    server() {
      if (!server) throw new Error('the test server did not start');
      return server;
    },
    async open(path, { width = 1280, height = 900, expectedErrors, as, permissions }: OpenOptions = {}) {
      if (!browser || !server) throw new Error('the browser or the test server did not start');
      const context = await browser.newContext({ viewport: { width, height }, locale: 'nb-NO', permissions });
      contexts.push(context);
      if (as !== 'signed-out') {
        const session = await server.signIn(as?.userId ?? server.admin.user.id);
        await context.addCookies([
          { name: SESSION_COOKIE, value: session.cookie, url: server.url, httpOnly: true, sameSite: 'Lax' },
        ]);
      }
      const page = await context.newPage();
      page.setDefaultTimeout(ACTION_TIMEOUT_MS);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // No page of the app opens an alert, a confirm or a prompt: one that opens is a script that should not run.
      page.on('dialog', (dialog) => {
        problems.push(`${dialog.type()} dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('console', (message) => {
        if (message.type() !== 'error' || expectedErrors?.test(message.text())) return;
        problems.push(`console error: ${message.text()}`);
      });
      await page.goto(new URL(path, server.url).href);
      return page;
    },
  };
}
