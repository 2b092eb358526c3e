import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/program';
import { buildAdminCommand, publicBaseUrl } from '../../src/cli/server-commands/admin';
import type { AdminToken } from '../../src/cli/server-commands/admin';
import type { Me, User } from '../../src/contracts/accounts';
import { loadConfig } from '../../src/server/config';
import { resolveApiToken } from '../../src/services/accounts/api-tokens';
import { consumeSignInLink } from '../../src/services/accounts/sign-in-links';
import { openStore } from '../../src/services/store-lifecycle';
import { openDatabase } from '../../src/store/database';
import { lockDataDir } from '../../src/store/data-dir-lock';
import { PGLITE_TEMPLATE_ENV, describeEachDatabase } from '../../src/store/testing/test-database';
import { jsonOf, useCliServer, type CliServer } from './cli-harness';

/** `rodtrad admin …` on the suite's own database, the one the test server runs on. */
const runAdmin = (cli: CliServer, ...args: string[]) =>
  cli.runWith(
    {
      token: null,
      extraCommands: (io) => [
        buildAdminCommand(io, {
          withStore: (work) =>
            work({
              config: loadConfig({ HOST: '127.0.0.1', PORT: new URL(cli.url()).port }),
              database: cli.database(),
              described: 'the test database',
            }),
        }),
      ],
    },
    'x',
    ...args,
  );

describeEachDatabase('rodtrad admin (next to the database)', (use) => {
  const cli = useCliServer(use);

  it('create-token prints only a working administrator token on standard output', async () => {
    const run = await runAdmin(cli, 'admin', 'create-token');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^rdt_\S+\n$/);
    expect(run.err).toMatch(
      /^Created an administrator token "rodtrad admin create-token" for Lokal administrator in the test database \(expires \d{4}-\d\d-\d\d, id [0-9a-f-]{36}\)\.\nIt is shown only now\./,
    );
    const token = run.out.trim();

    const me = jsonOf<Me>(await cli.runWith({ token }, 'x', '--json', 'whoami'));
    expect(me.user).toMatchObject({ name: 'Lokal administrator', isAdmin: true, providers: ['local'] });
    // Administrator work: the user list and a new organisation.
    expect((await cli.runWith({ token }, 'x', 'user', 'list')).code).toBe(0);
    expect(
      (await cli.client('admin-made', token).createOrganisation({ slug: 'admin-made', name: 'Laget' })).slug,
    ).toBe('admin-made');

    // The same account the next time, with a new token; JSON on request.
    const again = await runAdmin(
      cli,
      '--json',
      'admin',
      'create-token',
      '--name',
      'CI',
      '--expires-in-days',
      '3',
    );
    const created = jsonOf<AdminToken>(again);
    expect(created.user.id).toBe(me.user.id);
    expect(created.apiToken).toMatchObject({ name: 'CI', scope: 'admin' });
    expect(created.token).not.toBe(token);
    const users = jsonOf<User[]>(await cli.run('x', '--json', 'user', 'list'));
    expect(users.filter((u) => u.providers.includes('local'))).toHaveLength(1);

    expect((await runAdmin(cli, 'admin', 'create-token', '--expires-in-days', '367')).code).toBe(2);
    expect((await runAdmin(cli, 'admin', 'create-token', '--name', ' ')).code).toBe(2);
  });

  it('restores a disabled or demoted local administrator, so the token works', async () => {
    const first = (await runAdmin(cli, 'admin', 'create-token')).out.trim();
    const localId = jsonOf<Me>(await cli.runWith({ token: first }, 'x', '--json', 'whoami')).user.id;
    expect((await cli.run('x', 'user', 'update', localId, '--disable', '--no-admin')).code).toBe(0);
    expect((await cli.runWith({ token: first }, 'x', 'whoami')).code).toBe(5);

    const run = await runAdmin(cli, 'admin', 'create-token');
    expect(run.code).toBe(0);
    expect(run.err).toContain('note: the local administrator was disabled; restored it.');
    const me = jsonOf<Me>(await cli.runWith({ token: run.out.trim() }, 'x', '--json', 'whoami'));
    expect(me.user).toMatchObject({ id: localId, isAdmin: true, disabled: false });
  });

  it('sign-in-link prints a one-time link that signs the local administrator in once', async () => {
    const run = await runAdmin(cli, 'admin', 'sign-in-link');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^${cli.url()}/auth/link/\\S+\\n$`));
    expect(run.err).toBe(
      'A one-time sign-in link for Lokal administrator: it works once, within 60 minutes.\n',
    );
    const link = run.out.trim();

    const first = await fetch(link, { redirect: 'manual' });
    expect(first.status).toBeGreaterThanOrEqual(300);
    expect(first.headers.get('location')).toBe('/');
    expect(first.headers.get('set-cookie')).toContain('rodtrad_session=');
    const second = await fetch(link, { redirect: 'manual' });
    expect(second.headers.get('location')).toBe('/logg-inn?feil=lenke');
  });
});

describe('rodtrad admin on an embedded data directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'rodtrad-admin-'));
  const dataDir = join(root, 'data');
  beforeAll(async () => {
    // Migrating a new PGlite directory takes many seconds: start from the suite's migrated template.
    const template = process.env[PGLITE_TEMPLATE_ENV];
    if (!template) return;
    const seeded = await openDatabase({
      kind: 'pglite',
      dataDir,
      loadDataDir: new Blob([readFileSync(template)]),
    });
    await seeded.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const run = async (env: Record<string, string>, ...args: string[]) => {
    const io = bufferIo();
    const code = await runCli(args, {
      io,
      env: {},
      extraCommands: [buildAdminCommand(io, { env: { DATA_DIR: dataDir, ...env } })],
    });
    return { code, out: io.stdout(), err: io.stderr() };
  };

  it('starts links with PUBLIC_URL, else the address the server binds to', () => {
    const base = (env: Record<string, string>) => publicBaseUrl(loadConfig(env));
    expect(base({ PUBLIC_URL: 'https://rodtrad.example.no/' })).toBe('https://rodtrad.example.no');
    expect(base({ HOST: '0.0.0.0', PORT: '4321' })).toBe('http://127.0.0.1:4321');
    expect(base({ HOST: '::1' })).toBe('http://[::1]:3000');
    expect(base({})).toBe('http://127.0.0.1:3000');
  });

  it('refuses while a server holds the directory, and says to stop it', async () => {
    const release = lockDataDir(dataDir); // as a running server would
    try {
      const refused = await run({}, 'admin', 'create-token');
      expect(refused.code).toBe(1);
      expect(refused.out).toBe('');
      expect(refused.err).toContain(`is in use by process ${process.pid}`);
      expect(refused.err).toContain(
        '`rodtrad admin create-token` opens the embedded (PGlite) database itself, so it needs the server stopped',
      );
      expect(refused.err).toContain('With PostgreSQL (DATABASE_URL) it works while the server runs.');
    } finally {
      release();
    }
  });

  it('prints a token and sign-in links that work on that database', async () => {
    const created = await run({}, 'admin', 'create-token');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^rdt_\S+\n$/);
    expect(created.err).toMatch(/for Lokal administrator in PGlite in .*data \(expires/);

    const published = await run({ PUBLIC_URL: 'https://rodtrad.example.no/' }, 'admin', 'sign-in-link');
    expect(published.out).toMatch(/^https:\/\/rodtrad\.example\.no\/auth\/link\/\S+\n$/);

    const database = await openStore({ dataDir });
    try {
      const resolved = await resolveApiToken(database, created.out.trim());
      expect(resolved).toMatchObject({
        ok: true,
        scope: 'admin',
        user: { isAdmin: true, name: 'Lokal administrator' },
      });
      const secret = published.out.trim().split('/').at(-1) ?? '';
      expect(await consumeSignInLink(database, secret)).toBe(resolved.ok ? resolved.user.id : 'no user');
    } finally {
      await database.close();
    }
  });
});
