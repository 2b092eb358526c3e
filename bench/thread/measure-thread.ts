import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { buildApp } from '../../src/server/app';
import type { BenchDatabase } from '../databases';
import { timed } from '../stats';
import { measureChecks } from './measure-checks';
import { measureCloseIssue } from './measure-close-issue';
import { measureRecompute } from './measure-recompute';
import { measurePortfolioRollup } from './measure-rollup';
import { measureTrace } from './measure-trace';
import { describeProbe, probeThreadApi } from './probe-api';
import { profileThread } from './profile-thread';
import { countThread, describeThread, seedThread } from './seed-thread';
import { THREAD_TARGETS as T, once, type ThreadRows } from './thread-rows';
import { BENCH_AUTH, signInBench } from '../bench-auth';

export interface ThreadOptions {
  requests: number;
  warmup: number;
  recomputeRuns: number;
  checkRuns: number;
  /** Generate the portfolio and report its rows, measure nothing else. */
  seedOnly: boolean;
  /** Only probe which thread routes answer. */
  probeOnly: boolean;
  /** After the figures, one request of each with its statements (and with 'explain' their plans). */
  profile: 'none' | 'queries' | 'explain';
}

const n = (v: number) => Math.round(v).toLocaleString('en');

/**
 * Issue 3's figures on one database at one scale: generates the portfolio, recomputes it from scratch,
 * then measures the reads (portfolio roll-up, trace, checks) and last the writes (closing issues).
 * Rows are added as each figure is measured, so a failure later keeps what was measured before it.
 */
export async function benchThread(
  bench: BenchDatabase,
  scale: number,
  options: ThreadOptions,
  out: ThreadRows,
  log: (line: string) => void,
): Promise<void> {
  log(`${bench.label}, scale ${scale}: generating the portfolio…`);
  const loadBefore = loadavg()[0] as number;
  const seeded = await timed(() =>
    seedThread(bench.database, { scale, concurrency: Math.min(bench.concurrency, 2) }),
  );
  const { orgId, slug, size } = seeded.value;
  const counts = await countThread(bench.database, orgId);
  log(
    `  ${Object.entries(counts)
      .map(([t, c]) => `${t} ${n(c)}`)
      .join(', ')}`,
  );
  const slow = seeded.value.steps.filter((s) => s.ms >= 50);
  log(`  ${slow.map((s) => `${s.table} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);
  out.add(
    `generate portfolio (${n(size.initiatives)} initiatives, ${n(size.issues)} issues, SQL)`,
    once(seeded.ms),
  );
  out.note(
    `generated ${Object.entries(counts)
      .map(([t, c]) => `${n(c)} ${t}`)
      .join(', ')}`,
  );
  const mix = await describeThread(bench.database, orgId);
  out.note(
    Object.entries(mix)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  );
  if (options.seedOnly) return;

  const app = await buildApp({ database: bench.database, auth: BENCH_AUTH });
  await signInBench(bench.database);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api/v1/orgs/${slug}`;
  try {
    if (options.probeOnly) {
      log(describeProbe(await probeThreadApi(base, bench.database, orgId)));
      return;
    }
    log(`  full recompute from scratch, ${options.recomputeRuns} runs…`);
    const recompute = await measureRecompute(base, bench.database, orgId, options.recomputeRuns);
    const via = recompute.via === 'api' ? 'POST /rollup/recompute' : 'service, no route yet';
    out.add(`full recompute from scratch (${via})`, recompute.summary, T.recompute);
    out.note(
      `recompute: first run ${n(recompute.firstMs)} ms; ${n(recompute.result.epics)} epics, ` +
        `${n(recompute.result.roadmapElements)} elements, ${n(recompute.result.initiatives)} initiatives; ` +
        `last run ${n(recompute.result.durationMs)} ms server-side`,
    );
    // The roll-up filled `rollups` from empty; autovacuum would have analysed it within a minute.
    await bench.database.query('VACUUM (ANALYZE) rollups, roadmap_elements, initiatives');

    const probe = await probeThreadApi(base, bench.database, orgId);
    const missing = probe.filter((p) => p.missing);
    if (missing.length > 0) throw new Error(`thread routes not there yet:\n${describeProbe(missing)}`);

    log(`  portfolio roll-up and the direct query, ${options.warmup} + ${options.requests} each…`);
    const rollup = await measurePortfolioRollup(base, bench.database, orgId, options);
    out.add(`portfolio roll-up, ${n(rollup.rows)} initiatives (GET /rollup)`, rollup.api, T.portfolioRollup);
    out.add('  the same inside the server (Server-Timing)', rollup.server);
    out.add('  the same numbers by one direct SQL query', rollup.sql);
    out.ratio('  GET /rollup in the server ÷ direct SQL', rollup.server, rollup.sql, T.rollupRatio);
    out.ratio('  GET /rollup at the client ÷ direct SQL', rollup.api, rollup.sql);

    log(`  trace of one initiative, ${options.warmup} + ${options.requests}…`);
    const trace = await measureTrace(base, bench.database, orgId, options);
    out.add(
      `trace of one initiative, ≈${trace.elements.toFixed(1)} elements, ≈${n(trace.nodes)} nodes (GET /trace)`,
      trace.summary,
      T.trace,
    );

    log(`  all portfolio checks, ${options.checkRuns} runs…`);
    const checks = await measureChecks(base, options.checkRuns);
    out.add('all portfolio checks (GET /checks)', checks.summary, T.checks);
    out.note(
      `checks found ${Object.entries(checks.found)
        .map(([id, c]) => `${id} ${n(c)}`)
        .join(', ')}`,
    );

    log(`  closing issues and reading their initiatives, ${options.warmup} + ${options.requests}…`);
    const close = await measureCloseIssue(base, bench.database, orgId, options);
    out.add('close one issue + read its initiative (PATCH, GET)', close.pair, T.closeIssue);
    out.add('  the close alone (PATCH /backlog/items/:id)', close.close);
    out.note(`closing an issue raised its initiative's progress ${close.rose} times of ${close.measured}`);

    if (options.profile !== 'none' && bench.database.kind === 'postgres') {
      log(`  statements per request (scale ${scale}):`);
      log(await profileThread(base, bench.database, orgId, options.profile === 'explain'));
    }
  } finally {
    await app.close();
    // The machine may be shared: figures measured under load are slower than the code is.
    out.note(
      `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] as number).toFixed(1)} after, on ${cpus().length} CPUs`,
    );
  }
}
