#!/usr/bin/env node
// `npm test`: type check, lint, format check, then every test suite; the last line counts them all.
// With CI=true a skipped test is a failure: every suite (PostgreSQL, Chromium) is mandatory there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ci = process.env.CI === 'true';
const args = process.argv.slice(2);
const results = { passed: 0, failed: 0, skipped: 0 };

function run(name, cmd, cmdArgs, env = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, cmd, cmdArgs) {
  if (run(name, cmd, cmdArgs)) results.passed += 1;
  else {
    results.failed += 1;
    console.log(`✗ ${name} failed`);
  }
}

if (args.length === 0) {
  check('type check (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  check('lint (eslint)', 'npx', ['eslint', '--max-warnings', '0', '.']);
  check('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
}

const summaryFile = join(mkdtempSync(join(tmpdir(), 'rodtrad-test-')), 'summary.json');
const vitestOk = run('tests (vitest)', 'npx', ['vitest', 'run', ...args], {
  RODTRAD_SUMMARY_FILE: summaryFile,
  ...(ci ? { NO_COLOR: '1' } : {}),
});
if (existsSync(summaryFile)) {
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  results.passed += s.passed;
  results.failed += s.failed;
  results.skipped += s.skipped;
  if (s.skipped > 0) {
    console.log(`\nSkipped (${s.skipped}):`);
    for (const name of s.skippedNames) console.log(`  - ${name}`);
    if (ci) {
      console.log('CI=true: every suite is mandatory, so a skipped test counts as a failure.');
      results.failed += s.skipped;
    }
  }
} else if (!vitestOk) {
  results.failed += 1;
}
if (!vitestOk && results.failed === 0) results.failed += 1;

console.log(`\nTests: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);
