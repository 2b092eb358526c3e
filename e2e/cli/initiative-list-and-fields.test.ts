import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Initiative, InitiativeSummary } from '../../src/contracts/initiatives';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { jsonOf, useCliServer, type CliServer } from './cli-harness';

async function orgWithOwner(cli: CliServer) {
  const org = await cli.freshOrg();
  await cli.run(org, 'org', 'people', 'create', '--name', 'Kari Eier', '--email', 'kari@example.no');
  return org;
}

describeEachDatabase('rodtrad initiative list, create and edit', (use) => {
  const cli = useCliServer(use);

  it('lists with filters, search, sort and all pages, phases shown in bokmål', async () => {
    const org = await orgWithOwner(cli);
    await cli.run(org, 'org', 'product-groups', 'create', '--slug', 'skatt', '--name', 'Skatt');
    await cli.run(
      org,
      'org',
      'teams',
      'create',
      '--slug',
      'team-a',
      '--name',
      'Team A',
      '--type',
      'platform',
      '--product-group',
      'skatt',
    );
    await cli.run(
      org,
      'initiative',
      'create',
      '--title',
      'Skattemelding på mobil',
      '--priority',
      'must',
      '--team',
      'team-a',
    );
    await cli.run(
      org,
      'initiative',
      'create',
      '--title',
      'Bedre arkiv',
      '--priority',
      'could',
      '--description',
      'Arkivet skal bli søkbart',
    );
    await cli.run(
      org,
      'initiative',
      'create',
      '--title',
      'Chatbot',
      '--priority',
      'must',
      '--product-group',
      'skatt',
    );

    const titles = async (...args: string[]) =>
      jsonOf<{ items: InitiativeSummary[] }>(
        await cli.run(org, '--json', 'initiative', 'list', ...args),
      ).items.map((i) => i.title);
    expect(await titles('--priority', 'must', '--sort', 'title')).toEqual([
      'Chatbot',
      'Skattemelding på mobil',
    ]);
    expect(await titles('--product-group', 'skatt', '--sort', 'title', '--order', 'desc')).toEqual([
      'Skattemelding på mobil',
      'Chatbot',
    ]);
    expect(await titles('--team', 'team-a')).toEqual(['Skattemelding på mobil']);
    expect(await titles('--q', 'søkbart')).toEqual(['Bedre arkiv']);
    expect(await titles('--phase', 'Ikke startet', '--limit', '1', '--all', '--sort', 'title')).toEqual([
      'Bedre arkiv',
      'Chatbot',
      'Skattemelding på mobil',
    ]);
    expect(await titles('--phase', 'problem')).toEqual([]);

    const table = await cli.run(org, 'initiative', 'list', '--sort', 'title');
    expect(table.code).toBe(0);
    const lines = table.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^KEY\s+TITLE\s+PHASE\s+STATUS\s+PRIORITY\s+HEALTH\s+PROGRESS\s+UPDATED$/);
    expect(lines[2]).toMatch(
      /^Sak \d+-\d{4}\s+Bedre arkiv\s+Ikke startet\s+active\s+could\s+-\s+-\s+\d{4}-\d{2}-\d{2}$/,
    );
    const paged = await cli.run(org, 'initiative', 'list', '--limit', '2');
    expect(paged.err).toMatch(/More: --cursor \S+ \(or --all\)/);
  });

  describe('create and edit fields', () => {
    it('takes --from-json, --set, --depends-on by key and allocation by slug; edit reads the ETag first', async () => {
      const org = await orgWithOwner(cli);
      await cli.run(org, 'org', 'working-groups', 'create', '--slug', 'ki', '--name', 'KI');
      const base = jsonOf<Initiative>(
        await cli.run(org, '--json', 'initiative', 'create', '--title', 'Grunnmur'),
      );
      const file = join(mkdtempSync(join(tmpdir(), 'rodtrad-cli-')), 'initiative.json');
      writeFileSync(
        file,
        JSON.stringify({
          title: 'Fra fil',
          problemStatement: 'Problemet',
          okrs: [{ objective: 'Raskere', keyResults: [{ title: '50 % raskere' }] }],
        }),
      );
      const created = jsonOf<Initiative>(
        await cli.run(
          org,
          '--json',
          'initiative',
          'create',
          '--from-json',
          file,
          '--title',
          'Overstyrt',
          '--depends-on',
          base.key,
          '--working-group',
          'ki',
          '--set',
          'personMonthsTotal=12',
          '--set',
          'budgetProposalYears=[2027]',
        ),
      );
      expect(created).toMatchObject({
        title: 'Overstyrt',
        problemStatement: 'Problemet',
        okrs: [{ objective: 'Raskere', keyResults: [{ title: '50 % raskere', done: false }] }],
        dependsOnIds: [base.id],
        allocation: { kind: 'working-group' },
        personMonthsTotal: 12,
        budgetProposalYears: [2027],
      });

      const edited = await cli.run(
        org,
        '--json',
        'initiative',
        'edit',
        created.key,
        '--set',
        'problemStatement=null',
        '--priority',
        'should',
        '--check',
        'judged-important',
        '--check',
        'problem-scope',
      );
      expect(jsonOf<Initiative>(edited)).toMatchObject({
        problemStatement: null,
        priority: 'should',
        version: 2,
        checkedCriteria: ['judged-important', 'problem-scope'],
      });
      const unchecked = await cli.run(
        org,
        '--json',
        'initiative',
        'edit',
        created.id,
        '--uncheck',
        'judged-important',
      );
      expect(jsonOf<Initiative>(unchecked).checkedCriteria).toEqual(['problem-scope']);

      const stale = await cli.run(
        org,
        'initiative',
        'edit',
        created.key,
        '--title',
        'Gammel',
        '--if-match',
        '"v1"',
      );
      expect(stale.code).toBe(3);
      expect(stale.err).toContain('precondition-failed');
      const invalid = await cli.run(
        org,
        'initiative',
        'edit',
        created.key,
        '--set',
        'okrs=[{"objective":""}]',
      );
      expect(invalid.code).toBe(2);
      expect(invalid.err).toContain('body.okrs.0.objective');
      expect((await cli.client(org).initiatives.get(created.key)).data).toMatchObject({
        title: 'Overstyrt',
        version: 3,
      });

      const missing = await cli.run(org, 'initiative', 'show', 'Sak 999-2026');
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('not-found');
    });
  });
});
