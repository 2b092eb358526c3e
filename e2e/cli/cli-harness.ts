import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { RodtradClient } from '../../src/client';
import { bufferIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/program';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/store/database';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliServer {
  url(): string;
  /** A new organisation no other test uses. */
  freshOrg(): Promise<string>;
  client(org: string): RodtradClient;
  /** Runs `rodtrad --server <url> --org <org> ...args` in-process. */
  run(org: string, ...args: string[]): Promise<CliRun>;
}

/** A real server on a random local port for the suite's database (use inside describeEachDatabase). */
export function useCliServer(use: () => Database): CliServer {
  let app: FastifyInstance | undefined;
  let url = '';
  beforeAll(async () => {
    app = await buildApp({ database: use() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
  });
  const client = (org: string) => new RodtradClient({ baseUrl: url, org });
  return {
    url: () => url,
    client,
    async freshOrg() {
      const slug = `cli-${randomBytes(5).toString('hex')}`;
      await client(slug).createOrganisation({ slug, name: `CLI test ${slug}` });
      return slug;
    },
    async run(org, ...args) {
      const io = bufferIo();
      const code = await runCli(['--server', url, '--org', org, ...args], { io });
      return { code, out: io.stdout(), err: io.stderr() };
    },
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
