import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ApiToken, CreatedApiToken, Me, Membership, User } from '../../src/contracts/accounts';
import type { Person } from '../../src/contracts/organisation';
import { createTestUser } from '../../src/server/testing/test-accounts';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { jsonOf, useCliServer } from './cli-harness';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
const posixIt = it.skipIf(process.platform === 'win32');

describeEachDatabase('rodtrad sign-in, tokens, users and members', (use) => {
  const cli = useCliServer(use);
  /** A run with no --token: only RODTRAD_TOKEN (if given) and the stored token of `configDir`. */
  const bare = (configDir: string, env: Record<string, string> = {}) => ({
    token: null,
    env: { RODTRAD_CONFIG_DIR: configDir, ...env },
  });

  it('exits 5 without a token and says how to get one', async () => {
    const org = await cli.freshOrg();
    const run = await cli.runWith(bare(cli.freshConfigDir()), org, 'org', 'people', 'list');
    expect(run.code).toBe(5);
    expect(run.out).toBe('');
    expect(run.err).toContain('(unauthorised, HTTP 401)');
    expect(run.err).toContain(`You are not signed in to ${cli.url()}`);
    expect(run.err).toContain('rodtrad admin create-token');
    expect(run.err).toContain('rodtrad login');
  });

  posixIt('login checks the token, stores it 0600 in a 0700 directory, and logout forgets it', async () => {
    const dir = cli.freshConfigDir();
    const kari = await createTestUser(cli.database(), { name: 'Kari Login', email: 'kari.login@example.no' });

    const bad = await cli.runWith({ ...bare(dir), stdin: 'rdt_not-a-real-token\n' }, 'x', 'login');
    expect(bad.code).toBe(5);
    expect(bad.err).toContain('The token given to `rodtrad login` was refused; nothing was stored.');
    expect(existsSync(join(dir, 'credentials.json'))).toBe(false);

    const empty = await cli.runWith({ ...bare(dir), stdin: '  \n' }, 'x', 'login');
    expect(empty.code).toBe(2);

    const login = await cli.runWith({ ...bare(dir), stdin: `${kari.token}\n` }, 'x', 'login');
    expect(login).toMatchObject({ code: 0, err: '' });
    expect(login.out).toBe(
      `Signed in to ${cli.url()} as Kari Login <kari.login@example.no>.\nThe token is stored in ${join(dir, 'credentials.json')}.\n`,
    );
    expect(modeOf(dir)).toBe('700');
    expect(modeOf(join(dir, 'credentials.json'))).toBe('600');
    const stored = JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8')) as {
      servers: Record<string, { token: string }>;
    };
    expect(stored.servers[cli.url()]?.token).toBe(kari.token);

    const whoami = await cli.runWith(bare(dir), 'x', 'whoami');
    expect(whoami.code).toBe(0);
    expect(whoami.out).toMatch(/^User:\s+Kari Login <kari.login@example.no>$/m);
    expect(whoami.out).toMatch(/^Token from:\s+the token `rodtrad login` stored in .*credentials\.json$/m);
    expect(whoami.out).toContain('No memberships.');

    const logout = await cli.runWith(bare(dir), 'x', 'logout');
    expect(logout).toMatchObject({ code: 0, out: `Forgot the token for ${cli.url()} (Kari Login).\n` });
    expect(logout.err).toContain('rodtrad token revoke');
    expect(existsSync(join(dir, 'credentials.json'))).toBe(false);
    expect((await cli.runWith(bare(dir), 'x', 'whoami')).code).toBe(5);
    expect((await cli.runWith(bare(dir), 'x', 'logout')).out).toBe(`No token is stored for ${cli.url()}.\n`);
  });

  it('login takes --token too, and a bad one is not stored over a good one', async () => {
    const dir = cli.freshConfigDir();
    const anne = await createTestUser(cli.database(), { name: 'Anne Flag' });
    expect((await cli.runWith({ ...bare(dir) }, 'x', 'login', '--token', anne.token)).code).toBe(0);
    const bad = await cli.runWith({ ...bare(dir) }, 'x', 'login', '--token', 'rdt_wrong');
    expect(bad.code).toBe(5);
    const me = jsonOf<Me>(await cli.runWith(bare(dir), 'x', '--json', 'whoami'));
    expect(me.user.name).toBe('Anne Flag');
  });

  it('--token wins over RODTRAD_TOKEN, which wins over the stored token', async () => {
    const dir = cli.freshConfigDir();
    const [stored, fromEnv, fromFlag] = await Promise.all(
      ['Stored', 'Env', 'Flag'].map((name) => createTestUser(cli.database(), { name })),
    );
    if (!stored || !fromEnv || !fromFlag) throw new Error('users not created');
    expect((await cli.runWith({ ...bare(dir), stdin: stored.token }, 'x', 'login')).code).toBe(0);
    const nameOf = async (options: { token: string | null; env: Record<string, string> }) =>
      jsonOf<Me>(await cli.runWith(options, 'x', '--json', 'whoami')).user.name;
    expect(await nameOf(bare(dir))).toBe('Stored');
    expect(await nameOf(bare(dir, { RODTRAD_TOKEN: fromEnv.token }))).toBe('Env');
    expect(await nameOf({ ...bare(dir, { RODTRAD_TOKEN: fromEnv.token }), token: fromFlag.token })).toBe(
      'Flag',
    );

    // No falling back: a refused RODTRAD_TOKEN is an error even with a good token stored.
    const refused = await cli.runWith(bare(dir, { RODTRAD_TOKEN: 'rdt_revoked-long-ago' }), 'x', 'whoami');
    expect(refused.code).toBe(5);
    expect(refused.err).toContain('The token came from RODTRAD_TOKEN.');
    const login = await cli.runWith(
      { ...bare(dir, { RODTRAD_TOKEN: fromEnv.token }), stdin: stored.token },
      'x',
      'login',
    );
    expect(login.err).toBe('note: RODTRAD_TOKEN is set, and wins over the stored token while it is.\n');
  });

  posixIt('refuses a credentials file other users may read, and warns about an open directory', async () => {
    const dir = cli.freshConfigDir();
    const user = await createTestUser(cli.database(), { name: 'Mode' });
    expect((await cli.runWith({ ...bare(dir), stdin: user.token }, 'x', 'login')).code).toBe(0);
    const file = join(dir, 'credentials.json');

    chmodSync(file, 0o644);
    const refused = await cli.runWith(bare(dir), 'x', 'whoami');
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toBe(
      `error: ${file} holds API tokens but other users may read or change it (mode 644); it is not used. ` +
        `Fix it with \`chmod 600 ${file}\`, and revoke the tokens in it (\`rodtrad token list\`, ` +
        '`rodtrad token revoke <id>`) if someone else may have read them.\n',
    );
    // A token given otherwise does not need the file.
    expect((await cli.runWith(bare(dir, { RODTRAD_TOKEN: user.token }), 'x', 'whoami')).code).toBe(0);

    chmodSync(file, 0o600);
    chmodSync(dir, 0o755);
    const warned = await cli.runWith(bare(dir), 'x', 'whoami');
    expect(warned.code).toBe(0);
    expect(warned.err).toBe(
      `warning: ${dir} is open to other users (mode 755); \`chmod 700 ${dir}\` (the next \`rodtrad login\` does it).\n`,
    );
    expect((await cli.runWith({ ...bare(dir), stdin: user.token }, 'x', 'login')).code).toBe(0);
    expect(modeOf(dir)).toBe('700');
  });

  it('creates a token once, lists it and revokes it; the revoked token then exits 5', async () => {
    const org = await cli.freshOrg();
    const owner = await createTestUser(cli.database(), { name: 'Token Owner' });
    const as = { token: owner.token };

    const created = await cli.runWith(as, org, 'token', 'create', '--name', 'CI pipeline', '--scope', 'read');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^rdt_\S+\n$/);
    expect(created.err).toContain('This is the only time it is shown: copy it now.');
    const readToken = created.out.trim();

    const json = await cli.runWith(
      as,
      org,
      '--json',
      'token',
      'create',
      '--name',
      'Skript',
      '--scope',
      'write',
      '--expires-in-days',
      '7',
    );
    const scripted = jsonOf<CreatedApiToken>(json);
    expect(scripted.apiToken).toMatchObject({ name: 'Skript', scope: 'write', revokedAt: null });
    expect(Date.parse(scripted.apiToken.expiresAt) - Date.now()).toBeLessThan(7 * 24 * 3600 * 1000 + 60_000);
    expect(json.err).toBe('');

    const list = await cli.runWith(as, org, 'token', 'list');
    expect(list.code).toBe(0);
    const lines = list.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+SCOPE\s+PREFIX\s+STATUS\s+EXPIRES \(UTC\)\s+LAST USED \(UTC\)\s+ID$/);
    const rows = lines.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 4));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['CI pipeline', 'read', `${readToken.slice(0, 10)}…`, 'active'],
        ['Skript', 'write', `${scripted.token.slice(0, 10)}…`, 'active'],
      ]),
    );
    expect(list.out).not.toContain(readToken);

    // The read token reads, but may not write: 6, with a hint.
    expect((await cli.runWith({ token: readToken }, org, 'org', 'people', 'list')).code).toBe(0);
    const write = await cli.runWith({ token: readToken }, org, 'org', 'people', 'create', '--name', 'Nei');
    expect(write.code).toBe(6);
    expect(write.err).toContain('(forbidden, HTTP 403)');
    expect(write.err).toContain('rodtrad whoami');

    const revoked = await cli.runWith(as, org, 'token', 'revoke', 'CI pipeline');
    expect(revoked.code).toBe(0);
    expect(revoked.out).toMatch(/^Revoked token "CI pipeline" \(rdt_\S{6}…, [0-9a-f-]{36}\)\.\n$/);
    const after = jsonOf<ApiToken[]>(await cli.runWith(as, org, '--json', 'token', 'list'));
    expect(after.find((t) => t.name === 'CI pipeline')?.revokedAt).toEqual(expect.any(String));

    const dead = await cli.runWith({ token: readToken }, org, 'org', 'people', 'list');
    expect(dead.code).toBe(5);
    expect(dead.err).toContain('the API token is revoked');
    expect(dead.err).toContain('The token came from --token.');

    const unknown = await cli.runWith(as, org, 'token', 'revoke', 'CI pipeline');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('you have no active token named "CI pipeline"');
    const byId = await cli.runWith(as, org, 'token', 'revoke', scripted.apiToken.id);
    expect(byId.code).toBe(0);
    expect((await cli.runWith({ token: scripted.token }, org, 'whoami')).code).toBe(5);

    const badScope = await cli.runWith(as, org, 'token', 'create', '--name', 'x', '--scope', 'root');
    expect(badScope.code).toBe(2);
    const tooLong = await cli.runWith(
      as,
      org,
      'token',
      'create',
      '--name',
      'x',
      '--scope',
      'read',
      '--expires-in-days',
      '4000',
    );
    expect(tooLong.code).toBe(2);
  });

  it('lists and updates users; a disabled user is refused, and only administrators may', async () => {
    const org = await cli.freshOrg();
    const other = await createTestUser(cli.database(), {
      name: 'Ola Admin',
      email: 'ola.admin@example.no',
      isAdmin: true,
    });

    const list = await cli.run(org, 'user', 'list');
    expect(list.code).toBe(0);
    expect(list.out.split('\n')[0]).toMatch(
      /^NAME\s+EMAIL\s+ADMIN\s+STATUS\s+SIGNS IN WITH\s+LAST SIGN-IN \(UTC\)\s+ID$/,
    );
    expect(list.out).toMatch(/^Ola Admin\s+ola\.admin@example\.no\s+yes\s+active\s+test\s/m);

    const demoted = await cli.run(
      org,
      '--json',
      'user',
      'update',
      'OLA.ADMIN@example.no',
      '--no-admin',
      '--name',
      'Ola Nordmann',
    );
    expect(jsonOf<User>(demoted)).toMatchObject({ id: other.user.id, name: 'Ola Nordmann', isAdmin: false });
    // Not an administrator any more: the user list is closed to them.
    const closed = await cli.runWith({ token: other.token }, org, 'user', 'list');
    expect(closed.code).toBe(6);

    const disabled = await cli.run(org, 'user', 'update', other.user.id, '--disable');
    expect(disabled.code).toBe(0);
    expect(disabled.out).toMatch(/^Status:\s+disabled$/m);
    const refused = await cli.runWith({ token: other.token }, org, 'whoami');
    expect(refused.code).toBe(5);
    expect(refused.err).toContain('user-disabled');

    expect((await cli.run(org, 'user', 'update', other.user.id, '--enable', '--admin')).code).toBe(0);
    expect((await cli.runWith({ token: other.token }, org, 'user', 'list')).code).toBe(0);

    expect((await cli.run(org, 'user', 'update', other.user.id)).code).toBe(2);
    expect((await cli.run(org, 'user', 'update', other.user.id, '--disable', '--enable')).code).toBe(2);
    expect((await cli.run(org, 'user', 'update', 'nobody@example.no', '--admin')).code).toBe(2);
  });

  it('sets, lists and removes members, linked to a person by name', async () => {
    const org = await cli.freshOrg();
    const person = jsonOf<Person>(
      await cli.run(
        org,
        '--json',
        'org',
        'people',
        'create',
        '--name',
        'Kari Medlem',
        '--email',
        'kari.person@example.no',
      ),
    );
    const kari = await createTestUser(cli.database(), { name: 'Kari Konto', email: 'kari.konto@example.no' });

    expect((await cli.run(org, 'member', 'list')).out).toBe(`No members in ${org}.\n`);
    const set = await cli.run(
      org,
      'member',
      'set',
      'kari.konto@example.no',
      '--role',
      'contributor',
      '--person',
      'Kari Medlem',
    );
    expect(set).toMatchObject({ code: 0, out: `Kari Konto is contributor in ${org} (Kari Medlem).\n` });

    const list = await cli.run(org, 'member', 'list');
    const lines = list.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+EMAIL\s+ROLE\s+PERSON\s+USER ID$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/))).toEqual([
      ['Kari Konto', 'kari.konto@example.no', 'contributor', 'Kari Medlem', kari.user.id],
    ]);

    // A contributor may not manage members.
    expect((await cli.runWith({ token: kari.token }, org, 'member', 'list')).code).toBe(6);

    const changed = jsonOf<Membership>(
      await cli.run(org, '--json', 'member', 'set', kari.user.id, '--role', 'portfolio-office'),
    );
    expect(changed).toMatchObject({ role: 'portfolio-office', personId: person.id });
    const unlinked = jsonOf<Membership>(
      await cli.run(org, '--json', 'member', 'set', kari.user.id, '--role', 'reader', '--no-person'),
    );
    expect(unlinked).toMatchObject({ role: 'reader', personId: null });
    const byEmail = jsonOf<Membership>(
      await cli.run(
        org,
        '--json',
        'member',
        'set',
        kari.user.id,
        '--role',
        'reader',
        '--person',
        'KARI.PERSON@example.no',
      ),
    );
    expect(byEmail.personId).toBe(person.id);

    expect((await cli.run(org, 'member', 'set', kari.user.id, '--role', 'king')).code).toBe(2);
    expect(
      (await cli.run(org, 'member', 'set', kari.user.id, '--role', 'reader', '--person', 'Ingen')).code,
    ).toBe(2);

    const removed = await cli.run(org, 'member', 'remove', 'kari.konto@example.no');
    expect(removed).toMatchObject({ code: 0, out: `Removed kari.konto@example.no from ${org}.\n` });
    expect(await cli.client(org).accounts.members()).toEqual([]);
    expect((await cli.run(org, 'member', 'remove', kari.user.id)).code).toBe(1);
  });
});
