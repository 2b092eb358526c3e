import { parseArgs } from 'node:util';
import { measureApiLatency, type LatencyFigures } from './api-latency';
import { measureColdStart } from './cold-start';
import { DEFAULT_POSTGRES_URL, openBenchPglite, openBenchPostgres, type BenchDatabase } from './databases';
import { seedPortfolio } from './seed-portfolio';
import { summarise, timed } from './stats';
import { formatTable, type Row } from './table';

/*
 * `npm run bench`: the figures of issue 2. Options (after `--`): --count (initiatives, 1000),
 * --requests (per figure, 300), --warmup (30), --cold-runs (3), --skip cold-start|postgres|pglite.
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local `test` database.
 */

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    'cold-runs': { type: 'string', default: '3' },
    skip: { type: 'string', multiple: true, default: [] },
  },
});
const count = Number(values.count);
const requests = Number(values.requests);
const warmup = Number(values.warmup);
const coldRuns = Number(values['cold-runs']);
const skip = new Set(values.skip);

/** Issue 2's targets, on PostgreSQL; PGlite is reported against the same lines without a verdict. */
const TARGETS = { coldStart: 3000, list: 50, board: 50, one: 20, move: 30 };

const log = (line: string) => process.stderr.write(`${line}\n`);
const rows: Row[] = [];
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
    targetMs: TARGETS.coldStart,
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
  const target = (ms: number) => (judged ? ms : undefined);
  const n = count.toLocaleString('en');
  rows.push({
    figure: `list, 50 of ${n} (GET initiatives)`,
    database,
    summary: f.list,
    targetMs: target(TARGETS.list),
  });
  rows.push({
    figure: 'board column, 200 by phase',
    database,
    summary: f.board,
    targetMs: target(TARGETS.board),
  });
  rows.push({
    figure: 'one initiative + decisions',
    database,
    summary: f.one,
    targetMs: target(TARGETS.one),
  });
  rows.push({
    figure: 'phase move (POST transitions)',
    database,
    summary: f.move,
    targetMs: target(TARGETS.move),
  });
}

async function step(name: string, work: () => Promise<void>): Promise<void> {
  if (skip.has(name)) return;
  try {
    await work();
  } catch (err) {
    failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

await step('cold-start', benchColdStart);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_POSTGRES_URL;
await step('postgres', () => benchApi(() => openBenchPostgres(postgresUrl)));
await step('pglite', () => benchApi(openBenchPglite));

console.log(`\nRødtråd benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})\n`);
console.log(formatTable(rows));
if (failures.length > 0) {
  console.log(`\nNot measured:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
