#!/usr/bin/env node
// `npm start`: builds what is missing or older than its sources — the web app (Vite) and the server
// bundle (esbuild, so start-up does not compile TypeScript) — then starts the server on embedded PGlite
// (or DATABASE_URL), loading the demo portfolio on first start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const webIndex = join(root, 'dist/web/index.html');
const serverBundle = join(root, 'dist/server/rodtrad.mjs');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

const isStale = (output, sources) =>
  !existsSync(output) ||
  Math.max(...sources.map((s) => newestMtime(join(root, s)))) > statSync(output).mtimeMs;

if (isStale(webIndex, ['src/web', 'src/contracts', 'src/client', 'vite.config.ts', 'package-lock.json'])) {
  console.log('Building the web app…');
  const web = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (web.status !== 0) process.exit(web.status ?? 1);
}

if (isStale(serverBundle, ['src', 'package-lock.json'])) {
  console.log('Building the server…');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

// Run the server in this process: one Node start-up instead of two.
process.argv = [process.argv[0], serverBundle, 'serve', '--demo'];
await import(serverBundle);
