import { parseArgs } from 'node:util';
import { measureApiLatency, type LatencyFigures } from './api-latency';
import { measureColdStart } from './cold-start';
import { DEFAULT_POSTGRES_URL, openBenchPglite, openBenchPostgres, type BenchDatabase } from './databases';
import { benchGithub, GithubOut } from './github/bench-github';
import { formatGithubTable, meetsGithub, type GithubFigure } from './github/github-table';
import { seedPortfolio } from './seed-portfolio';
import { summarise, timed } from './stats';
import { formatTable, meets, type Row } from './table';
import { benchThread } from './thread/measure-thread';
import { measureBoard } from './web/measure-board';
import { parseScales } from './thread/scale';
import { ThreadRows } from './thread/thread-rows';

/*
 * `npm run bench`: the figures of issue 2 (suite `core`), of issue 3, the red thread (suite `thread`),
 * of issue 5, the web app in Chromium (suite `web`) and of issue 6, the GitHub sync (suite `github`).
 * Options (after `--`):
 *   --suite core|thread|web|github|all (all)      --skip cold-start|postgres|pglite (repeatable)
 *   --requests (per figure, 300)       --warmup (30)
 * core:   --count (initiatives, 1000)  --cold-runs (3)
 * thread: --scale 0.1,0.33,1 (PostgreSQL; all three)  --pglite-scale (0.1)
 *         --recompute-runs (3)  --check-runs (5)
 *         --seed-only (generate and count rows, measure nothing else)
 *         --probe (generate the smallest portfolio and show which thread routes answer)
 *         --profile queries|explain (PostgreSQL: statements of one request per figure, and their plans)
 * web:    --count (initiatives, 1000)  --board-runs (5); needs Chromium (CHROMIUM_PATH)
 * github: --github-scale (1; PostgreSQL, after a quick run at 0.1)  --github-pglite-scale (0.1)
 *         --webhook-closes (20)  --github-latency-ms (0: every answer of the fake GitHub waits this long)
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local `test` database; every run
 * works in a schema of its own and drops it afterwards. Exits non-zero when a figure could not be
 * measured, or a thread target on PostgreSQL at scale 1 is missed.
 */

const { values } = parseArgs({
  options: {
    suite: { type: 'string', default: 'all' },
    count: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    'cold-runs': { type: 'string', default: '3' },
    skip: { type: 'string', multiple: true, default: [] },
    scale: { type: 'string', multiple: true, default: ['0.1,0.33,1'] },
    'pglite-scale': { type: 'string', default: '0.1' },
    'recompute-runs': { type: 'string', default: '3' },
    'check-runs': { type: 'string', default: '5' },
    'board-runs': { type: 'string', default: '5' },
    'seed-only': { type: 'boolean', default: false },
    probe: { type: 'boolean', default: false },
    profile: { type: 'string', default: 'none' },
    'github-scale': { type: 'string', multiple: true, default: ['1'] },
    'github-pglite-scale': { type: 'string', default: '0.1' },
    'webhook-closes': { type: 'string', default: '20' },
    'github-latency-ms': { type: 'string', default: '0' },
  },
});
if (!['core', 'thread', 'web', 'github', 'all'].includes(values.suite))
  throw new Error(`--suite ${values.suite}: core, thread, web, github or all`);
const suites = new Set(values.suite === 'all' ? ['core', 'thread', 'web', 'github'] : [values.suite]);
const count = Number(values.count);
const requests = Number(values.requests);
const warmup = Number(values.warmup);
const coldRuns = Number(values['cold-runs']);
const skip = new Set(values.skip);
const scales = parseScales(values.scale).sort((a, b) => a - b);
const [pgliteScale] = parseScales([values['pglite-scale']]);
const threadOptions = {
  requests,
  warmup,
  recomputeRuns: Number(values['recompute-runs']),
  checkRuns: Number(values['check-runs']),
  seedOnly: values['seed-only'],
  probeOnly: values.probe,
  profile: values.profile as 'none' | 'queries' | 'explain',
};
/** The quick scale always runs first on PostgreSQL, so a slow large run has a small one to compare. */
const githubScales = [...new Set([0.1, ...parseScales(values['github-scale'])])].sort((a, b) => a - b);
const [githubPgliteScale] = parseScales([values['github-pglite-scale']]);
const githubOptions = {
  webhookCloses: Number(values['webhook-closes']),
  latencyMs: Number(values['github-latency-ms']),
};
if (!['none', 'queries', 'explain'].includes(threadOptions.profile))
  throw new Error(`--profile ${threadOptions.profile}: none, queries or explain`);

/** Issue 2's targets, on PostgreSQL; PGlite is reported against the same lines without a verdict. */
const TARGETS = { coldStart: 3000, list: 50, board: 50, one: 20, move: 30 };

const log = (line: string) => process.stderr.write(`${line}\n`);
const rows: Row[] = [];
const githubFigures: GithubFigure[] = [];
const githubDetails: string[] = [];
const notes: string[] = [];
const failures: string[] = [];

async function benchColdStart(): Promise<void> {
  log(`Cold start: preparing a data directory with the demo, then ${coldRuns} timed starts…`);
  const figures = await measureColdStart(coldRuns);
  log(`  first start (migrate + demo): ${(figures.firstStartMs / 1000).toFixed(1)} s`);
  const database = 'PGlite (data dir)';
  rows.push({
    figure: '`npm start` → first answer (/api/health)',
    database,
    summary: summarise(figures.toHealthMs),
    target: TARGETS.coldStart,
  });
  rows.push({
    figure: '`npm start` → first initiative list',
    database,
    summary: summarise(figures.toFirstListMs),
  });
}

async function benchApi(open: () => Promise<BenchDatabase>): Promise<void> {
  const bench = await open();
  try {
    log(`${bench.label}: seeding ${count} initiatives through the services…`);
    const seeded = await timed(() =>
      seedPortfolio(bench.database, { count, concurrency: bench.concurrency }),
    );
    log(`  ${count} initiatives, ${seeded.value.decisions} decisions in ${(seeded.ms / 1000).toFixed(1)} s`);
    log(`${bench.label}: ${warmup} warm-up + ${requests} measured requests per figure…`);
    const figures = await measureApiLatency(bench.database, seeded.value, { requests, warmup });
    addApiRows(bench.label, figures, bench.label === 'PostgreSQL');
  } finally {
    await bench.dispose();
  }
}

function addApiRows(database: string, f: LatencyFigures, judged: boolean): void {
  const target = (ms: number) => (judged ? { target: ms } : {});
  const n = count.toLocaleString('en');
  rows.push({
    figure: `list, 50 of ${n} (GET initiatives)`,
    database,
    summary: f.list,
    ...target(TARGETS.list),
  });
  rows.push({ figure: 'board column, 200 by phase', database, summary: f.board, ...target(TARGETS.board) });
  rows.push({ figure: 'one initiative + decisions', database, summary: f.one, ...target(TARGETS.one) });
  rows.push({ figure: 'phase move (POST transitions)', database, summary: f.move, ...target(TARGETS.move) });
}

/** Issue 3: one database at one scale, in a schema (or data directory) of its own. */
async function benchThreadAt(open: () => Promise<BenchDatabase>, scale: number): Promise<void> {
  const bench = await open();
  const out = new ThreadRows(bench.label, scale);
  try {
    await benchThread(bench, scale, threadOptions, out, log);
  } finally {
    rows.push(...out.rows);
    notes.push(...out.notes);
    await bench.dispose();
  }
}

/** Issue 5: the board with `count` initiatives in Chromium, on PGlite as `npm start` runs it. */
async function benchBoard(): Promise<void> {
  const bench = await openBenchPglite();
  try {
    const f = await measureBoard(bench, { count, runs: Number(values['board-runs']), log });
    const n = f.count.toLocaleString('en');
    const database = `${bench.label}, Chromium`;
    rows.push({
      figure: `board of ${n}: navigation → interactive (cold)`,
      database,
      summary: f.interactiveCold,
      target: 1500,
      gate: true,
    });
    rows.push({
      figure: `board of ${n}: navigation → interactive (warm)`,
      database,
      summary: f.interactiveWarm,
      target: 1500,
    });
    const kB = (f.firstPageBytes / 1000).toFixed(1);
    notes.push(`First page JavaScript: ${kB} kB gzip (target under 300 kB).`);
    if (f.firstPageBytes >= 300_000)
      failures.push(`first page JavaScript is ${kB} kB gzip, not under 300 kB`);
    rows.push({
      figure: `board of ${n}: filter → painted`,
      database,
      summary: f.filter,
      target: 100,
      gate: true,
    });
    rows.push({
      figure: `board of ${n}: clear filter → painted`,
      database,
      summary: f.unfilter,
      target: 100,
      gate: true,
    });
  } finally {
    await bench.dispose();
  }
}

/** Issue 6: the GitHub sync against the fake GitHub, on one database at one scale. */
async function benchGithubAt(open: () => Promise<BenchDatabase>, scale: number): Promise<void> {
  const bench = await open();
  const out = new GithubOut(bench.label, scale);
  try {
    await benchGithub(bench, scale, githubOptions, out, log);
  } finally {
    githubFigures.push(...out.figures);
    notes.push(...out.notes);
    githubDetails.push(...out.details);
    await bench.dispose();
  }
}

async function step(name: string, work: () => Promise<void>): Promise<void> {
  if (skip.has(name.split(' ')[0] as string)) return;
  try {
    await work();
  } catch (err) {
    failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_POSTGRES_URL;
if (suites.has('core')) {
  await step('cold-start', benchColdStart);
  await step('postgres', () => benchApi(() => openBenchPostgres(postgresUrl)));
  await step('pglite', () => benchApi(openBenchPglite));
}
if (suites.has('thread')) {
  for (const scale of threadOptions.probeOnly ? [0.01] : scales) {
    await step(`postgres thread, scale ${scale}`, () =>
      benchThreadAt(() => openBenchPostgres(postgresUrl), scale),
    );
  }
  if (!threadOptions.probeOnly && pgliteScale !== undefined) {
    await step(`pglite thread, scale ${pgliteScale}`, () => benchThreadAt(openBenchPglite, pgliteScale));
  }
}

if (suites.has('web')) await step('web board', benchBoard);

if (suites.has('github')) {
  for (const scale of githubScales) {
    await step(`postgres github, scale ${scale}`, () =>
      benchGithubAt(() => openBenchPostgres(postgresUrl), scale),
    );
  }
  if (githubPgliteScale !== undefined) {
    await step(`pglite github, scale ${githubPgliteScale}`, () =>
      benchGithubAt(openBenchPglite, githubPgliteScale),
    );
  }
}

console.log(`\nRødtråd benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})\n`);
if (rows.length > 0 || githubFigures.length === 0) console.log(formatTable(rows));
if (githubFigures.length > 0) {
  console.log(`\nGitHub sync against the fake GitHub (issue 6)\n\n${formatGithubTable(githubFigures)}`);
}
if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
if (githubDetails.length > 0)
  console.log(`\nGitHub sync, where the time went:\n\n${githubDetails.join('\n')}`);
const missed = [
  ...rows
    .filter((r) => r.gate && meets(r) === false)
    .map((r) => `- ${r.figure.trim()} (${r.database}, scale ${r.scale})`),
  ...githubFigures
    .filter((f) => f.judged && meetsGithub(f) === false)
    .map((f) => `- ${f.figure.trim()} (${f.database}, scale ${f.scale})`),
];
if (missed.length > 0) {
  console.log(`\nTargets missed:\n${missed.join('\n')}`);
  process.exitCode = 1;
}
if (failures.length > 0) {
  console.log(`\nNot measured:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
