import { benchFetch, signInBench } from './bench-auth';
import { openDatabase } from '../src/store/database';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ColdStartFigures {
  /** Spawning `npm start` until GET /api/health answers 200, per timed start. */
  toHealthMs: number[];
  /** Until the first list of initiatives of the demo organisation has answered. */
  toFirstListMs: number[];
  /** The one-time start that created the data directory, migrated it and loaded the demo. */
  firstStartMs: number;
}

const ROOT = new URL('..', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function startServer(dataDir: string, port: number): Started {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  // A process group of its own, so a start that hangs can be ended with everything it spawned.
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** Polls `url` until it answers 200; fails when the server exits or the time is up. */
async function waitFor(
  url: string,
  started: Started,
  timeoutMs: number,
  get: (url: string) => Promise<Response> = (u) => fetch(u),
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void started.exited.then((code) => (exitCode = code));
  while (performance.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`npm start exited (${exitCode}):\n${started.output.join('')}`);
    const res = await get(url).catch((err: Error) => {
      // Refused means not listening yet: keep polling. Anything else is a real failure.
      const code = (err.cause as { code?: string } | undefined)?.code;
      if (code === 'ECONNREFUSED') return null;
      throw new Error(`GET ${url}: ${code ?? err.message}`, { cause: err });
    });
    if (res) {
      await res.arrayBuffer();
      if (res.status === 200) return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${started.output.join('')}`);
}

/** The server process (`node scripts/start.mjs`, which runs the server in-process) among what `npm start` spawned. */
function serverPid(sessionId: number): number | undefined {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '-s', String(sessionId)], { encoding: 'utf8' }).split(
    '\n',
  );
  const server = lines.find((line) => /scripts\/start\.mjs/.test(line) && !/\bnpm\b|\bsh\b/.test(line));
  return server ? Number(server.trim().split(/\s+/)[0]) : undefined;
}

/**
 * SIGTERM to the server itself, so it closes PGlite cleanly and the chain above it exits after it
 * (npm does not pass signals on to the server). The whole group only if that does not end it.
 */
async function stopServer(started: Started): Promise<void> {
  const pid = started.child.pid;
  if (pid === undefined || started.child.exitCode !== null) return;
  const server = serverPid(pid);
  if (server) process.kill(server, 'SIGTERM');
  else process.kill(-pid, 'SIGTERM');
  const stopped = await Promise.race([started.exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!stopped) {
    process.kill(-pid, 'SIGKILL');
    await started.exited;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Prepares a data directory with one start (migrations and demo), then times `runs` further starts on
 * it: from spawning `npm start` until the first request is answered.
 */
export async function measureColdStart(runs: number): Promise<ColdStartFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rodtrad-bench-'));
  try {
    // A new port for every start: fetch keeps connections alive, and one kept to the previous server
    // on the same port would fail with ECONNRESET.
    const urls = (port: number) => ({
      health: `http://127.0.0.1:${port}/api/health`,
      list: `http://127.0.0.1:${port}/api/v1/orgs/demo/initiatives?limit=50`,
    });

    const t0 = performance.now();
    const firstPort = await freePort();
    const first = startServer(dataDir, firstPort);
    try {
      await waitFor(urls(firstPort).health, first, 300_000);
    } finally {
      await stopServer(first);
    }
    const firstStartMs = performance.now() - t0;
    // The list needs sign-in: a token made in the data directory while no server holds it.
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await signInBench(database);
    } finally {
      await database.close();
    }

    const toHealthMs: number[] = [];
    const toFirstListMs: number[] = [];
    let rebuilds = 0;
    while (toHealthMs.length < runs) {
      const port = await freePort();
      const { health, list } = urls(port);
      const start = performance.now();
      const started = startServer(dataDir, port);
      try {
        await waitFor(health, started, 60_000);
        const toHealth = performance.now() - start;
        await waitFor(list, started, 60_000, benchFetch);
        const firstList = performance.now() - start;
        // `npm start` rebuilds the web app or the server bundle when their sources changed since the
        // last build; that start measures the build, not a cold start, so it is run again.
        if (/Building the (web app|server)/.test(started.output.join(''))) {
          rebuilds += 1;
          if (rebuilds > runs * 2)
            throw new Error('npm start rebuilt on nearly every start; the sources keep changing');
        } else {
          toHealthMs.push(toHealth);
          toFirstListMs.push(firstList);
        }
      } finally {
        await stopServer(started);
      }
    }
    return { toHealthMs, toFirstListMs, firstStartMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
