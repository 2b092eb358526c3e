import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { FakeGitHub } from '../../src/github/fake/fake-github';
import { GithubSync } from '../../src/github/github-sync';
import { seedFakePortfolio } from '../../src/github/testing/seed-fake-portfolio';
import { buildApp } from '../../src/server/app';
import { BENCH_AUTH, signInBench } from '../bench-auth';
import type { BenchDatabase } from '../databases';
import { timed } from '../stats';
import { describeRun } from './describe-run';
import { prepareGithubOrg } from './github-org';
import type { GithubFigure, GithubUnit } from './github-table';
import { measureRun, RequestSink } from './measure-import';
import { measureWebhookClose } from './measure-webhook';

/** Issue 6's targets: requests over the least pages an import needs, a quiet reconcile, a webhook. */
export const GITHUB_TARGETS = { requestRatio: 1.2, reconcileCounted: 0, webhookMs: 1_000 };

const TOKEN = 'ghp_bench-github-sync';
/** GitHub's hourly budget for a personal token: what an import at this scale would spend of it. */
const TOKEN_BUDGET = 5_000;

export interface GithubBenchOptions {
  /** Issues closed one after another for the webhook figure. */
  webhookCloses: number;
  /** What every answer of the fake waits, standing in for GitHub's latency (0: as fast as it can). */
  latencyMs: number;
}

export class GithubOut {
  readonly figures: GithubFigure[] = [];
  readonly notes: string[] = [];
  readonly details: string[] = [];

  constructor(
    private readonly database: string,
    private readonly scale: number,
  ) {}

  /** Judged (and a failure of the run when missed) on PostgreSQL at scale 1, as the thread suite is. */
  add(
    figure: string,
    value: GithubFigure['value'],
    unit: GithubUnit,
    target?: { value: number; atMost?: boolean },
  ) {
    this.figures.push({
      figure,
      database: this.database,
      scale: this.scale,
      value,
      unit,
      ...(target ? { target: target.value, atMost: target.atMost ?? false } : {}),
      judged: this.database === 'PostgreSQL' && this.scale === 1,
    });
  }

  note(line: string): void {
    this.notes.push(`${this.database} at scale ${this.scale}: ${line}`);
  }
}

const n = (v: number) => Math.round(v).toLocaleString('en');

/**
 * Issue 6's figures on one database at one scale: the fake GitHub seeded with the red-thread portfolio
 * (scale 1: 1,000 initiatives, 226,000 issues), an import of it, a reconcile with nothing changed,
 * then issues closed on the fake and delivered to the server's webhook. Figures are added as they are
 * measured, so a failure later keeps what came before.
 */
export async function benchGithub(
  bench: BenchDatabase,
  scale: number,
  options: GithubBenchOptions,
  out: GithubOut,
  log: (line: string) => void,
): Promise<void> {
  const loadBefore = loadavg()[0] as number;
  // REST answers are checked against the OpenAPI description by the tests; here the fake stays light.
  const fake = await FakeGitHub.start({ tokens: [TOKEN], validate: false, latencyMs: options.latencyMs });
  // The budget is raised so the client never slows down for it; the figures show what was spent.
  fake.setRateLimit({ limit: 1_000_000, remaining: 1_000_000, resource: 'core' });
  fake.setRateLimit({ limit: 1_000_000, remaining: 1_000_000, resource: 'graphql' });
  const sink = new RequestSink();
  const sync = new GithubSync({
    database: bench.database,
    connection: { apiUrl: fake.baseUrl, graphqlUrl: fake.graphqlUrl, auth: { kind: 'token', token: TOKEN } },
    webhookSecret: fake.webhookSecret,
    clientOptions: { onRequest: sink.onRequest },
    log: (level, message, fields) => log(`  sync ${level}: ${message} ${JSON.stringify(fields ?? {})}`),
  });
  try {
    log(`${bench.label}, scale ${scale}: seeding the fake GitHub…`);
    const seeded = await timed(() =>
      Promise.resolve(seedFakePortfolio(fake, { initiatives: Math.round(1000 * scale) })),
    );
    const s = seeded.value;
    const issues = s.initiatives.length + s.elements.length + s.epics.length + s.issues.length;
    log(
      `  ${n(s.initiatives.length)} initiatives, ${n(s.elements.length)} elements, ${n(s.epics.length)} epics, ` +
        `${n(s.issues.length)} issues (${n(issues)} in all) in ${(seeded.ms / 1000).toFixed(1)} s; ` +
        `${n(s.minimumPages)} pages at the least`,
    );
    const org = await timed(() => prepareGithubOrg(bench.database, s));
    log(
      `  organisation: ${s.products.length} products, ${s.teams.length} teams in ${(org.ms / 1000).toFixed(1)} s`,
    );
    const { ctx, slug } = org.value;

    log(`  import…`);
    const imported = await measureRun(sync, sink, fake, ctx, 'import');
    out.details.push(
      ...describeRun(`${bench.label} at scale ${scale}, import`, imported, bench.database.kind),
    );
    if (imported.status !== 'succeeded') throw new Error(`the import ${imported.status}: see the details`);
    const sent = imported.report.requests.total;
    out.add(`import: requests the fake answered (${n(issues)} issues)`, imported.fakeRequests, 'requests');
    out.add('  the same as the run report counts them', sent, 'requests');
    out.add('  list pages of 100 the import needs at the least', s.minimumPages, 'pages');
    out.add('  requests ÷ least pages', imported.fakeRequests / s.minimumPages, 'x', {
      value: GITHUB_TARGETS.requestRatio,
      atMost: true,
    });
    out.add('import: total time', imported.totalMs / 1000, 's');
    out.add('  of which waiting for the fake (Σ request ms)', imported.fakeMs / 1000, 's');
    const ours = imported.totalMs - imported.fakeMs;
    out.add('  our processing per 1,000 issues', (ours / issues) * 1000, 'ms');
    out.add('    database statements per 1,000 issues', (imported.statements.ms / issues) * 1000, 'ms');
    out.add('    the rest per 1,000 issues', ((ours - imported.statements.ms) / issues) * 1000, 'ms');
    out.add('  peak resident memory of the bench process', imported.memory.rssMb, 'MB');
    out.add('  peak JavaScript heap in use', imported.memory.heapMb, 'MB');
    out.note(
      `the import spent ${n(imported.report.requests.counted)} requests of rate budget: ` +
        `${((imported.report.requests.counted / TOKEN_BUDGET) * 100).toFixed(0)} % of a personal token's ${n(TOKEN_BUDGET)} an hour`,
    );

    log(`  reconcile with nothing changed…`);
    const quiet = await measureRun(sync, sink, fake, ctx, 'reconcile');
    out.details.push(
      ...describeRun(
        `${bench.label} at scale ${scale}, reconcile with nothing changed`,
        quiet,
        bench.database.kind,
      ),
    );
    const zero = { value: GITHUB_TARGETS.reconcileCounted, atMost: true };
    out.add('reconcile, nothing changed: requests counted (fake)', quiet.fakeCounted, 'requests', zero);
    out.add('  the same as the run report counts them', quiet.report.requests.counted, 'requests', zero);
    out.add('  requests in all (304s are free)', quiet.fakeRequests, 'requests');
    out.add('  time', quiet.totalMs, 'ms');

    log(`  ${options.webhookCloses} issues closed on GitHub, delivered to the webhook…`);
    const app = await buildApp({ database: bench.database, github: sync, auth: BENCH_AUTH });
    await signInBench(bench.database);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    fake.autoDeliver(`${origin}/api/v1/github/webhook`);
    try {
      const hooks = await measureWebhookClose(
        fake,
        s.issues,
        { base: `${origin}/api/v1/orgs/${slug}`, database: bench.database, orgId: ctx.orgId },
        { count: options.webhookCloses, idle: () => sync.idle() },
      );
      if (hooks.latency) {
        out.add("webhook: issue closed → its initiative's progress changed", hooks.latency, 'ms', {
          value: GITHUB_TARGETS.webhookMs,
        });
      }
      out.add('  all closes, with those the sync dropped instead of closing', hooks.latencyAll, 'ms');
      const o = hooks.outcomes;
      out.note(
        `webhooks: ${hooks.requestsPerClose.toFixed(1)} requests to the fake per closed issue; afterwards ` +
          `${o.closed} closed in Rødtråd, ${o.open} still open, ${o.missing} no longer mirrored; ` +
          `${hooks.unchanged.length} closes never moved the initiative within 10 s` +
          (hooks.unchanged.length ? `: ${hooks.unchanged.join(', ')}` : ''),
      );
      if (!hooks.latency) throw new Error('no closed issue ended closed in Rødtråd: see the notes');
      const failures = fake.autoDeliveryFailures();
      if (failures.length > 0)
        out.note(`webhook deliveries refused: ${failures.map((f) => f.problem).join(', ')}`);
    } finally {
      fake.autoDeliver(null);
      await app.close();
    }
    if (fake.internalErrors.length > 0)
      out.note(`the fake failed ${fake.internalErrors.length} times: ${fake.internalErrors[0]?.message}`);
  } finally {
    await sync.close();
    await fake.close();
    out.note(
      `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] as number).toFixed(1)} after, on ${cpus().length} CPUs`,
    );
  }
}
