import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { buildApp } from '../app';
import { createTestSession, createTestUser } from '../testing/test-accounts';
import { rawGet } from './attack-kit';

/** Next to the web root, where a traversal would land: a package.json and a secret. */
const OUTSIDE_PACKAGE = '{ "name": "rodtrad", "private": true }';
const SECRET = 'TOP-SECRET-OUTSIDE-WEB-ROOT';
const INDEX = '<!doctype html><title>Testside</title><p>index</p>';
const APP_JS = 'console.log("app");';

/** Paths a traversal tries, sent byte for byte: no client normalises them on the way. */
const TRAVERSALS = [
  '/../package.json',
  '/../secret.txt',
  '/assets/../../package.json',
  '/assets/../../secret.txt',
  '/%2e%2e/%2e%2e/package.json',
  '/%2e%2e/package.json',
  '/%2E%2E/secret.txt',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
  '/assets/..%2fsecret.txt',
  '/..%5c..%5cpackage.json',
  '/assets/..%5c..%5csecret.txt',
  '/..\\..\\package.json',
  '/%252e%252e/%252e%252e/package.json',
  '/assets/%252e%252e%252fsecret.txt',
  '/%25252e%25252e/package.json',
  '/%c0%ae%c0%ae/package.json',
  '/%c0%af..%c0%afsecret.txt',
  '/assets/app.js%00.html',
  '/assets/app.js%00/../../secret.txt',
  '/..%00/secret.txt',
  '/%00../package.json',
  '/....//....//package.json',
  '/.../secret.txt',
  '//../package.json',
  '/%2f..%2fsecret.txt',
  '/%2fetc%2fpasswd',
  '//etc/passwd',
  '/assets/../../../../../../../../etc/passwd',
  '/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  `/${'../'.repeat(20)}etc/passwd`,
];

describeEachDatabase('attack: path traversal in static files', (use) => {
  let dir = '';
  let app: FastifyInstance | undefined;
  let port = 0;
  let cookie = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rodtrad-traversal-'));
    const webRoot = join(dir, 'web');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'assets', 'app.js'), APP_JS);
    writeFileSync(join(dir, 'package.json'), OUTSIDE_PACKAGE);
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    app = await buildApp({ database: use(), webRoot });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    const { user } = await createTestUser(use(), { name: 'Leser' });
    cookie = (await createTestSession(use(), user.id)).cookie;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the web app itself: the page and its assets', async () => {
    const page = await rawGet(port, '/', cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Testside</title>');
    const asset = await rawGet(port, '/assets/app.js', null);
    expect(asset.status).toBe(200);
    expect(asset.text).toContain(APP_JS);
  });

  for (const who of ['signed in', 'anonymous'] as const) {
    it(`answers no file outside the web root to a ${who} request, and never 5xx`, async () => {
      const leaks: string[] = [];
      for (const path of TRAVERSALS) {
        const res = await rawGet(port, path, who === 'signed in' ? cookie : null);
        const leaked = ['"name": "rodtrad"', SECRET, 'root:x:0:0'].some((s) => res.text.includes(s));
        if (leaked || res.status === 0 || res.status >= 500) leaks.push(`${path}: ${res.text.slice(0, 200)}`);
      }
      expect(leaks).toEqual([]);
      // And the server still answers.
      expect((await rawGet(port, '/api/health', null)).status).toBe(200);
    });
  }
});
