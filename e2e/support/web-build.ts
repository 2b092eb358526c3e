import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { withFileLock } from './file-lock';

const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_ROOT = join(ROOT, 'dist/web');
/** What the web bundle is built from: when any of it is newer than the build, build again. */
const SOURCES = ['src/web', 'src/client', 'src/contracts', 'vite.config.ts'].map((p) => join(ROOT, p));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

function buildIsCurrent(): boolean {
  const index = join(WEB_ROOT, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

/** Builds the web app into dist/web unless a build newer than its sources is there already. */
export async function ensureWebBuild(): Promise<string> {
  if (buildIsCurrent()) return WEB_ROOT;
  await withFileLock(join(ROOT, 'dist/.web-build.lock'), async () => {
    if (!buildIsCurrent()) await buildForProduction();
  });
  return WEB_ROOT;
}

/**
 * The build people get, whoever asks: vitest sets NODE_ENV=test, and Vite would then bundle React's
 * development build (half as big again, and slower) into dist/web.
 */
async function buildForProduction(): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}
