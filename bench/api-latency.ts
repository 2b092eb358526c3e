import type { AddressInfo } from 'node:net';
import { DEFAULT_PHASE_IDS } from '../src/contracts/workflow';
import { buildApp } from '../src/server/app';
import type { Database } from '../src/store/database';
import type { SeededInitiative, SeededPortfolio } from './seed-portfolio';
import { summarise, timed, type LatencySummary } from './stats';
import { BENCH_AUTH, benchFetch, signInBench } from './bench-auth';

export interface LatencyOptions {
  /** Measured requests per figure, after `warmup` unmeasured ones. */
  requests: number;
  warmup: number;
}

export interface LatencyFigures {
  list: LatencySummary;
  board: LatencySummary;
  one: LatencySummary;
  move: LatencySummary;
}

/** A small deterministic generator, so every run asks for the same initiatives. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Real HTTP over loopback against the app as it is served: the list (50), a board column (200 of one
 * phase), one initiative with its decisions, and a phase move with If-Match.
 */
export async function measureApiLatency(
  database: Database,
  portfolio: SeededPortfolio,
  options: LatencyOptions,
): Promise<LatencyFigures> {
  const app = await buildApp({ database, auth: BENCH_AUTH });
  await signInBench(database);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api/v1/orgs/${portfolio.slug}/initiatives`;
  const random = lcg(42);
  const anyInitiative = () =>
    portfolio.initiatives[Math.floor(random() * portfolio.initiatives.length)] as SeededInitiative;
  try {
    const series = async (request: (i: number) => Promise<void>): Promise<LatencySummary> => {
      for (let i = 0; i < options.warmup; i++) await request(i);
      const samples: number[] = [];
      for (let i = 0; i < options.requests; i++) samples.push((await timed(() => request(i))).ms);
      return summarise(samples);
    };
    const list = await series(() => getJson(`${base}?limit=50`));
    const board = await series((i) =>
      getJson(`${base}?limit=200&phase=${DEFAULT_PHASE_IDS[i % DEFAULT_PHASE_IDS.length]}`),
    );
    const one = await series(() => getJson(`${base}/${anyInitiative().id}`));
    const movable = portfolio.initiatives.filter((i) => i.phase !== 'utfort');
    const move = await series(() => moveOn(base, movable, random));
    return { list, board, one, move };
  } finally {
    await app.close();
  }
}

async function getJson(url: string): Promise<void> {
  const res = await benchFetch(url);
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

/** Approves one initiative into its next phase; it leaves the pool when it reaches the last one. */
async function moveOn(base: string, movable: SeededInitiative[], random: () => number): Promise<void> {
  const index = Math.floor(random() * movable.length);
  const initiative = movable[index];
  if (!initiative) throw new Error('no initiative left to move');
  const to = DEFAULT_PHASE_IDS[DEFAULT_PHASE_IDS.indexOf(initiative.phase as never) + 1];
  const res = await benchFetch(`${base}/${initiative.id}/transitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'if-match': `"v${initiative.version}"` },
    body: JSON.stringify({
      outcome: 'approved',
      to,
      decidedBy: 'Porteføljekontoret',
      rationale: 'Benchmark',
    }),
  });
  if (res.status !== 201)
    throw new Error(`moving ${initiative.key} answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { initiative: { phase: string; version: number } };
  initiative.phase = body.initiative.phase;
  initiative.version = body.initiative.version;
  if (initiative.phase === 'utfort') movable.splice(index, 1);
}
