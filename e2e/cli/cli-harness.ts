import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { RodtradClient } from '../../src/client';
import { readSecretFrom } from '../../src/cli/auth/read-secret';
import { bufferIo, type CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/program';
import { buildApp } from '../../src/server/app';
import { createTestUser } from '../../src/server/testing/test-accounts';
import type { Database } from '../../src/store/database';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface RunOptions {
  /** Sent with --token; null sends none. The suite's administrator token by default. */
  token?: string | null;
  /** The run's environment (RODTRAD_TOKEN, RODTRAD_CONFIG_DIR); the suite's own config directory by default. */
  env?: Record<string, string>;
  /** What `rodtrad login` reads from standard input. */
  stdin?: string;
  /** Commands that run next to the database, built with the run's io. */
  extraCommands?: (io: CliIo) => Command[];
}

export interface CliServer {
  url(): string;
  /** The suite's database, which the server runs on. */
  database(): Database;
  /** An admin-scoped token of an installation administrator. */
  adminToken(): string;
  /** A new organisation no other test uses. */
  freshOrg(): Promise<string>;
  /** A client of the organisation, with the administrator token unless given another (null: none). */
  client(org: string, token?: string | null): RodtradClient;
  /** Runs `rodtrad --server <url> --org <org> --token <admin token> ...args` in-process. */
  run(org: string, ...args: string[]): Promise<CliRun>;
  /** The same with another token, environment or standard input. */
  runWith(options: RunOptions, org: string, ...args: string[]): Promise<CliRun>;
  /** An empty directory for `rodtrad login` to store credentials in, removed after the suite. */
  freshConfigDir(): string;
}

/** A real server on a random local port for the suite's database (use inside describeEachDatabase). */
export function useCliServer(use: () => Database): CliServer {
  let app: FastifyInstance | undefined;
  let url = '';
  let adminToken = '';
  const dirs: string[] = [];
  const freshConfigDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rodtrad-cli-config-'));
    dirs.push(dir);
    return join(dir, 'rodtrad');
  };
  let configDir = '';
  beforeAll(async () => {
    app = await buildApp({ database: use() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    adminToken = (await createTestUser(use(), { name: 'CLI administrator', isAdmin: true })).token;
    // Runs never read the developer's own ~/.config/rodtrad or RODTRAD_TOKEN.
    configDir = freshConfigDir();
  });
  afterAll(async () => {
    await app?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const client = (org: string, token: string | null = adminToken) =>
    new RodtradClient({ baseUrl: url, org, token: token ?? undefined });
  const runWith = async (options: RunOptions, org: string, ...args: string[]): Promise<CliRun> => {
    const io = bufferIo();
    const token = options.token === undefined ? adminToken : options.token;
    const stdin = options.stdin;
    const code = await runCli(
      ['--server', url, '--org', org, ...(token ? ['--token', token] : []), ...args],
      {
        io,
        env: { RODTRAD_CONFIG_DIR: configDir, ...options.env },
        // Standard input as a pipe gives it, read by the CLI's own reader.
        readSecret: (prompt) =>
          stdin === undefined
            ? Promise.reject(new Error('the test gave no standard input'))
            : readSecretFrom(Readable.from([stdin]), (text) => io.err(text))(prompt),
        extraCommands: options.extraCommands?.(io),
      },
    );
    return { code, out: io.stdout(), err: io.stderr() };
  };
  return {
    url: () => url,
    database: use,
    adminToken: () => adminToken,
    client,
    async freshOrg() {
      const slug = `cli-${randomBytes(5).toString('hex')}`;
      await client(slug).createOrganisation({ slug, name: `CLI test ${slug}` });
      return slug;
    },
    run: (org, ...args) => runWith({}, org, ...args),
    runWith,
    freshConfigDir,
  };
}

/** The JSON a `--json` run printed. */
export const jsonOf = <T>(run: CliRun): T => JSON.parse(run.out) as T;

/** A local URL where nothing listens: a port the system just handed out and took back. */
export async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => probe.close((err) => (err ? reject(err) : resolve())));
  return `http://127.0.0.1:${port}`;
}
