import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { redThreadFixture } from './red-thread-fixture';

interface ImportResult {
  created: number;
  updated: number;
  recompute: { epics: number; roadmapElements: number; initiatives: number; durationMs: number };
}

describeEachDatabase('bulk import of the red thread', (use) => {
  const api = useTestApi(use);
  const t = redThreadFixture(api);

  const issues = (epic: string, repo: string, from: number, count: number, closed: number) =>
    Array.from({ length: count }, (_, n) => ({
      ref: `Digdir/${repo}#${from + n}`,
      kind: 'issue',
      title: `Oppgave ${from + n}`,
      parent: epic,
      ...(n < closed ? { state: 'closed', stateReason: 'completed' } : {}),
    }));

  it('creates elements, epics and issues by reference in one go and answers with one recompute', async () => {
    await t.start();
    const initiative = await t.initiative();
    const payload = {
      elements: [
        { ref: 'digdir/roadmap#1', title: 'Første leveranse', initiativeIds: [initiative.id] },
        {
          ref: 'digdir/roadmap#2',
          title: 'Andre leveranse',
          initiativeIds: [initiative.id],
          dependsOn: ['digdir/roadmap#1'],
        },
      ],
      items: [
        ...issues('digdir/team-a#1', 'team-a', 10, 4, 1),
        { ref: 'digdir/team-a#1', kind: 'epic', title: 'Epos A', roadmapElements: ['digdir/roadmap#1'] },
        { ref: 'digdir/team-b#1', kind: 'epic', title: 'Epos B', roadmapElements: ['digdir/roadmap#2'] },
        ...issues('digdir/team-b#1', 'team-b', 10, 2, 2),
      ],
    };
    const res = await t.post('/backlog/import', payload);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<ImportResult>(res)).toMatchObject({
      created: 10,
      updated: 0,
      recompute: { epics: 2, roadmapElements: 2, initiatives: 1 },
    });
    // Epos A 1/4, epos B 2/2 (weights 4 and 2): the elements weigh the same (no estimates): (0.25 + 1) / 2.
    expect((await t.readInitiative(initiative.id)).progress).toBeCloseTo(0.625);

    const again = await t.post('/backlog/import', {
      items: [
        {
          ref: 'DIGDIR/team-a#11',
          kind: 'issue',
          title: 'Oppgave 11',
          state: 'closed',
          stateReason: 'completed',
        },
      ],
    });
    expect(json<ImportResult>(again)).toMatchObject({ created: 0, updated: 1 });
    expect((await t.readInitiative(initiative.id)).progress).toBeCloseTo((0.5 + 1) / 2);
    const epics = json<{ items: { id: string; title: string }[] }>(await t.get('/backlog/items?kind=epic'));
    expect(epics.items.map((e) => e.title)).toEqual(['Epos A', 'Epos B']);
    const history = json<{ items: { action: string }[] }>(await t.get(`/history/${epics.items[0]?.id}`));
    expect(history.items.map((e) => e.action)).toEqual(['created']);
  });

  it('refuses an unknown reference, an issue as parent and a repeated reference, and writes nothing', async () => {
    await t.start();
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { items: [{ ref: 'a/b#1', kind: 'issue', title: 'X', parent: 'a/b#99' }] },
        422,
        'reference-not-found',
      ],
      [
        {
          items: [
            { ref: 'a/b#1', kind: 'issue', title: 'X' },
            { ref: 'a/b#2', kind: 'issue', title: 'Y', parent: 'a/b#1' },
          ],
        },
        422,
        'invalid-link',
      ],
      [
        {
          items: [
            { ref: 'a/b#1', kind: 'epic', title: 'X' },
            { ref: 'A/B#1', kind: 'epic', title: 'Y' },
          ],
        },
        409,
        'duplicate',
      ],
      [{ elements: [{ ref: 'a/r#1', title: 'E', dependsOn: ['a/r#1'] }] }, 422, 'link-cycle'],
      [
        { items: [{ ref: 'a/b#1', kind: 'epic', title: 'X', startOn: '2026-05-01', dueOn: '2026-04-01' }] },
        400,
        'validation-failed',
      ],
    ];
    for (const [payload, status, code] of cases) {
      const res = await t.post('/backlog/import', payload);
      expect({ status: res.statusCode, code: json(res).code }).toEqual({ status, code });
    }
    expect(json<{ items: unknown[] }>(await t.get('/backlog/items')).items).toEqual([]);
    expect(json<{ items: unknown[] }>(await t.get('/roadmap/elements')).items).toEqual([]);
  });

  it('refuses a dependency cycle across the import and the stored elements', async () => {
    await t.start();
    await t.post('/backlog/import', {
      elements: [
        { ref: 'a/r#1', title: 'En' },
        { ref: 'a/r#2', title: 'To', dependsOn: ['a/r#1'] },
      ],
    });
    const cycle = await t.post('/backlog/import', {
      elements: [{ ref: 'a/r#1', title: 'En', dependsOn: ['a/r#2'] }],
    });
    expect({ status: cycle.statusCode, code: json(cycle).code }).toEqual({ status: 422, code: 'link-cycle' });
  });
});
