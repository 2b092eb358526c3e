import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Person, ProductGroup, Team } from '../../src/contracts/organisation';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { jsonOf, useCliServer } from './cli-harness';

describeEachDatabase('rodtrad org commands', (use) => {
  const cli = useCliServer(use);

  it('creates, lists as a table, shows, edits and deletes a person', async () => {
    const org = await cli.freshOrg();
    const created = await cli.run(
      org,
      'org',
      'people',
      'create',
      '--name',
      'Kari Nordmann',
      '--email',
      'kari@example.no',
      '--role',
      'portfolio-manager,architect',
    );
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toMatch(/^Created person Kari Nordmann \([0-9a-f-]{36}\)\n$/);
    await cli.run(org, 'org', 'people', 'create', '--name', 'Bjørn Ås');

    const list = await cli.run(org, 'org', 'people', 'list');
    expect(list.code).toBe(0);
    const lines = list.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+EMAIL\s+TITLE\s+ROLES\s+ID$/);
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['Bjørn Ås', '-'],
      ['Kari Nordmann', 'kari@example.no'],
    ]);
    // Aligned: every row's e-mail column starts where the header's does.
    const emailAt = lines[0]?.indexOf('EMAIL');
    expect(lines.slice(2).map((l) => l.indexOf(l.includes('kari@') ? 'kari@' : '-'))).toEqual([
      emailAt,
      emailAt,
    ]);

    const shown = await cli.run(org, 'org', 'people', 'show', 'KARI@example.no');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/Roles:\s+portfolio-manager, architect/);

    const edited = await cli.run(
      org,
      'org',
      'people',
      'edit',
      'kari@example.no',
      '--title',
      'Porteføljestyrer',
      '--email',
      '',
    );
    expect(edited.code).toBe(0);
    expect(edited.out).toContain('(version 2)');
    const person = (await cli.client(org).people.listAll()).find((p) => p.name === 'Kari Nordmann');
    expect(person).toMatchObject({ title: 'Porteføljestyrer', email: null, version: 2 });

    const deleted = await cli.run(org, 'org', 'people', 'delete', person?.id ?? '');
    expect(deleted).toMatchObject({ code: 0, out: 'Deleted person Kari Nordmann\n' });
    const gone = await cli.run(org, 'org', 'people', 'show', person?.id ?? '');
    expect(gone.code).toBe(1);
    expect(gone.err).toMatch(/not-found, HTTP 404/);
  });

  it('prints the JSON of the API with --json and pages with --limit and --all', async () => {
    const org = await cli.freshOrg();
    for (const name of ['Anne', 'Berit', 'Cato'])
      await cli.run(org, 'org', 'people', 'create', '--name', name);
    const first = await cli.run(org, '--json', 'org', 'people', 'list', '--limit', '2');
    const page = jsonOf<{ items: Person[]; nextCursor: string | null }>(first);
    expect(page.items.map((p) => p.name)).toEqual(['Anne', 'Berit']);
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = jsonOf<{ items: Person[] }>(
      await cli.run(
        org,
        '--json',
        'org',
        'people',
        'list',
        '--limit',
        '2',
        '--cursor',
        page.nextCursor ?? '',
      ),
    );
    expect(next.items.map((p) => p.name)).toEqual(['Cato']);
    const human = await cli.run(org, 'org', 'people', 'list', '--limit', '2');
    expect(human.err).toContain(`--cursor ${page.nextCursor}`);
    const all = jsonOf<{ items: Person[] }>(await cli.run(org, '--json', 'org', 'people', 'list', '--all'));
    expect(all.items).toHaveLength(3);
  });

  it('names product groups and teams by slug and people by e-mail', async () => {
    const org = await cli.freshOrg();
    await cli.run(org, 'org', 'people', 'create', '--name', 'Leder', '--email', 'leder@example.no');
    const pg = await cli.run(
      org,
      'org',
      'product-groups',
      'create',
      '--slug',
      'skatt',
      '--name',
      'Skatt',
      '--leader',
      'leder@example.no',
    );
    expect(pg.code).toBe(0);
    const product = await cli.run(
      org,
      'org',
      'products',
      'create',
      '--slug',
      'skattemelding',
      '--name',
      'Skattemelding',
      '--product-group',
      'skatt',
    );
    expect(product.code).toBe(0);
    const team = await cli.run(
      org,
      '--json',
      'org',
      'teams',
      'create',
      '--slug',
      'team-a',
      '--name',
      'Team A',
      '--type',
      'stream-aligned',
      '--product-group',
      'skatt',
      '--product',
      'skattemelding',
      '--capacity',
      '12',
    );
    expect(team.code).toBe(0);
    const group = jsonOf<ProductGroup>(
      await cli.run(org, '--json', 'org', 'product-groups', 'show', 'skatt'),
    );
    expect(jsonOf<Team>(team)).toMatchObject({
      productGroupIds: [group.id],
      capacityPersonMonthsPerQuarter: 12,
    });
    expect(group.leaderId).toEqual(expect.any(String));

    const wg = await cli.run(
      org,
      'org',
      'working-groups',
      'create',
      '--slug',
      'ki',
      '--name',
      'KI-gruppa',
      '--starts-on',
      '2026-01-01',
      '--ends-on',
      '2026-06-30',
      '--member',
      'leder@example.no',
    );
    expect(wg.code).toBe(0);
    const wgList = await cli.run(org, 'org', 'working-groups', 'list');
    expect(wgList.out).toMatch(/ki\s+KI-gruppa\s+2026-01-01\s+2026-06-30/);

    const unknown = await cli.run(
      org,
      'org',
      'products',
      'create',
      '--slug',
      'x',
      '--name',
      'X',
      '--product-group',
      'finnes-ikke',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no product-group "finnes-ikke"');
  });

  it('reads fields from --from-json and lets options override them', async () => {
    const org = await cli.freshOrg();
    const file = join(mkdtempSync(join(tmpdir(), 'rodtrad-cli-')), 'person.json');
    writeFileSync(file, JSON.stringify({ name: 'Fra fil', title: 'Arkitekt', roles: ['architect'] }));
    const run = await cli.run(
      org,
      '--json',
      'org',
      'people',
      'create',
      '--from-json',
      file,
      '--title',
      'Sjefsarkitekt',
    );
    expect(run.code).toBe(0);
    expect(jsonOf<Person>(run)).toMatchObject({
      name: 'Fra fil',
      title: 'Sjefsarkitekt',
      roles: ['architect'],
    });
    const broken = join(mkdtempSync(join(tmpdir(), 'rodtrad-cli-')), 'broken.json');
    writeFileSync(broken, '{ not json');
    const bad = await cli.run(org, 'org', 'people', 'create', '--from-json', broken);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is not valid JSON');
  });

  it('shows the history of an entity', async () => {
    const org = await cli.freshOrg();
    await cli.run(org, 'org', 'product-groups', 'create', '--slug', 'helse', '--name', 'Helse');
    await cli.run(
      org,
      'org',
      'product-groups',
      'edit',
      'helse',
      '--name',
      'Helse og omsorg',
      '--description',
      'Alt om helse',
    );
    const history = await cli.run(org, 'org', 'product-groups', 'history', 'helse');
    expect(history.code).toBe(0);
    const rows = history.out.trimEnd().split('\n').slice(2);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/created\s+CLI administrator\s+product-group/);
    expect(rows[1]).toMatch(/updated\s+CLI administrator\s+product-group\s+name, description$/);
  });
});
