import { expect, it } from 'vitest';
import type { Item, Source } from '../../src/contracts/strategy';
import { describeEachDatabase } from '../../src/store/testing/test-database';
import { jsonOf, useCliServer } from './cli-harness';

describeEachDatabase('rodtrad strategy commands', (use) => {
  const cli = useCliServer(use);

  it('creates a source with items and shows the source with its items', async () => {
    const org = await cli.freshOrg();
    const source = jsonOf<Source>(
      await cli.run(
        org,
        '--json',
        'strategy',
        'sources',
        'create',
        '--kind',
        'allocation-letter',
        '--title',
        'Tildelingsbrev 2026',
        '--issuer',
        'Departementet',
        '--period-start',
        '2026-01-01',
        '--period-end',
        '2026-12-31',
      ),
    );
    expect(source).toMatchObject({
      kind: 'allocation-letter',
      issuer: 'Departementet',
      periodEnd: '2026-12-31',
    });

    const objective = jsonOf<Item>(
      await cli.run(
        org,
        '--json',
        'strategy',
        'items',
        'create',
        '--source',
        source.id,
        '--kind',
        'objective',
        '--ref',
        'O1',
        '--title',
        'Enklere hverdag',
      ),
    );
    const kr = await cli.run(
      org,
      'strategy',
      'items',
      'create',
      '--source',
      source.id,
      '--kind',
      'key-result',
      '--ref',
      'KR1',
      '--title',
      'Halvere ventetid',
      '--parent',
      objective.id,
      '--target',
      '50 %',
    );
    expect(kr.code).toBe(0);
    expect(kr.out).toMatch(/^Created strategic item KR1 Halvere ventetid \(/);

    const shown = await cli.run(org, 'strategy', 'sources', 'show', source.id);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/Period:\s+2026-01-01 – 2026-12-31/);
    const itemRows = shown.out.trimEnd().split('\n').slice(-2);
    expect(itemRows.map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([
      ['O1', 'objective', 'Enklere hverdag'],
      ['KR1', 'key-result', 'Halvere ventetid'],
    ]);

    const list = await cli.run(org, 'strategy', 'sources', 'list');
    expect(list.out).toMatch(
      /allocation-letter\s+Tildelingsbrev 2026\s+Departementet\s+2026-01-01 – 2026-12-31/,
    );
  });

  it('edits and deletes items, and refuses invalid ones with exit 2 and the field named', async () => {
    const org = await cli.freshOrg();
    const source = jsonOf<Source>(
      await cli.run(org, '--json', 'strategy', 'sources', 'create', '--kind', 'okr', '--title', 'OKR Q1'),
    );
    const item = jsonOf<Item>(
      await cli.run(
        org,
        '--json',
        'strategy',
        'items',
        'create',
        '--source',
        source.id,
        '--kind',
        'goal',
        '--title',
        'Mål',
      ),
    );

    const edited = await cli.run(
      org,
      '--json',
      'strategy',
      'items',
      'edit',
      item.id,
      '--current',
      '20 %',
      '--ref',
      'M1',
    );
    expect(jsonOf<Item>(edited)).toMatchObject({ currentValue: '20 %', ref: 'M1', version: 2 });
    // --source is for create only: an item stays in its source.
    const move = await cli.run(org, 'strategy', 'items', 'edit', item.id, '--source', source.id);
    expect(move.code).toBe(2);

    const backwards = await cli.run(
      org,
      'strategy',
      'sources',
      'create',
      '--kind',
      'okr',
      '--title',
      'Baklengs',
      '--period-start',
      '2026-06-01',
      '--period-end',
      '2026-01-01',
    );
    expect(backwards.code).toBe(2);
    expect(backwards.err).toContain('periodEnd');
    const noSource = await cli.run(
      org,
      'strategy',
      'items',
      'create',
      '--kind',
      'goal',
      '--title',
      'Uten kilde',
    );
    expect(noSource.code).toBe(2);
    expect(noSource.err).toContain('missing --source');

    expect((await cli.run(org, 'strategy', 'items', 'delete', item.id)).code).toBe(0);
    expect(await cli.client(org).sourceItems(source.id)).toEqual([]);
    const deletedAgain = await cli.run(org, 'strategy', 'items', 'delete', item.id);
    expect(deletedAgain.code).toBe(1);
  });
});
