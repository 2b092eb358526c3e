import { expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/program';
import type { Person } from '../../src/contracts/organisation';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { closedPortUrl, jsonOf, useCliServer } from './cli-harness';

describeEachDatabase('rodtrad exit codes', (use) => {
  const cli = useCliServer(use);

  it('answers 3 for a stale --if-match and a duplicate, and changes nothing', async () => {
    const org = await cli.freshOrg();
    const { id } = jsonOf<Person>(
      await cli.run(org, '--json', 'org', 'people', 'create', '--name', 'Per', '--email', 'per@example.no'),
    );
    await cli.run(org, 'org', 'people', 'edit', id, '--title', 'Ny');
    const stale = await cli.run(org, 'org', 'people', 'edit', id, '--title', 'Gammel', '--if-match', '"v1"');
    expect(stale.code).toBe(3);
    expect(stale.err).toContain('precondition-failed');
    const dup = await cli.run(org, 'org', 'people', 'create', '--name', 'Pål', '--email', 'PER@example.no');
    expect(dup.code).toBe(3);
    expect(dup.err).toContain('duplicate');
    const people = await cli.client(org).people.listAll();
    expect(people.map((p) => [p.name, p.title])).toEqual([['Per', 'Ny']]);
  });

  it('answers 2 for bad usage, from commander, the CLI and the server', async () => {
    const org = await cli.freshOrg();
    const cases = [
      ['org', 'people', 'list', '--bogus'],
      ['org', 'people', 'list', '--limit', 'many'],
      ['org', 'teams', 'create', '--slug', 't', '--name', 'T', '--type', 'squad'],
      ['org', 'people', 'create', '--name', 'X', '--role', 'king'],
      ['org', 'people', 'create'],
      ['org', 'people', 'edit', '00000000-0000-4000-8000-000000000000'],
      ['org', 'people', 'create', '--name', 'X', '--email', 'not-an-email'],
      ['org'],
      ['no-such-command'],
    ];
    for (const args of cases) {
      const run = await cli.run(org, ...args);
      expect({ args, code: run.code, hasMessage: run.err.length > 0 }).toEqual({
        args,
        code: 2,
        hasMessage: true,
      });
    }
    expect(await cli.client(org).people.listAll()).toEqual([]);
  });

  it('answers 1 naming the URL when the server cannot be reached', async () => {
    const io = bufferIo();
    const server = await closedPortUrl();
    const code = await runCli(['--server', server, '--token', 'rdt_unused', 'org', 'people', 'list'], { io });
    expect(code).toBe(1);
    expect(io.stderr()).toBe(
      `error: could not reach ${server}/api/v1/orgs/demo/people (GET): connect ECONNREFUSED ${server.slice('http://'.length)}\n`,
    );
  });

  it('writes the problem as JSON to standard error with --json', async () => {
    const org = await cli.freshOrg();
    const run = await cli.run(org, '--json', 'org', 'people', 'show', '00000000-0000-4000-8000-000000000000');
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(JSON.parse(run.err)).toMatchObject({ status: 404, code: 'not-found' });
  });

  it('documents the exit codes in --help and exits 0', async () => {
    const help = await cli.run('x', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Exit codes:[\s\S]*3 {2}rejected/);
    const sub = await cli.run('x', 'initiative', 'move', '--help');
    expect(sub.code).toBe(0);
    expect(sub.out).toContain('--rationale');
    expect(sub.out).toContain('Exit codes:');
  });
});
