import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { auditTrail, countRows, insertInitiativeUsing, orgApi, type OrgApi } from './org-api-fixtures';

interface Item {
  id: string;
  version: number;
  sourceId: string;
  kind: string;
  title: string;
  parentId: string | null;
}
interface Problem {
  code: string;
  issues?: { path: string; message: string }[];
}

describeEachDatabase('strategic items API', (use) => {
  const api = useTestApi(use);
  const fresh = async () => orgApi(api, await api.freshOrg());
  const source = (o: OrgApi, title = 'OKR 2026') => o.make('strategy/sources', { kind: 'okr', title });
  const item = (o: OrgApi, payload: object) => o.make<Item>('strategy/items', payload);
  /** Answers the problem after checking status and code, so tests can look at the issues. */
  const expectProblem = (res: { statusCode: number; json(): unknown }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    const problem = res.json() as Problem;
    expect(problem.code).toBe(code);
    return problem;
  };

  it('creates, reads, updates and deletes an item, recording each change', async () => {
    const o = await fresh();
    const s = await source(o);
    const created = await o.post('strategy/items', {
      sourceId: s.id,
      kind: 'objective',
      ref: 'O1',
      title: 'Raskere saksbehandling',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    expect(created.statusCode).toBe(201);
    const objective = json<Item>(created);
    expect(objective).toMatchObject({ sourceId: s.id, parentId: null, kind: 'objective', ref: 'O1' });

    const read = await o.get(`strategy/items/${objective.id}`);
    expect(read.headers.etag).toBe('"v1"');
    const updated = await o.patch(`strategy/items/${objective.id}`, '"v1"', {
      title: 'Mye raskere saksbehandling',
      ref: 'O2',
    });
    expect(updated.statusCode).toBe(200);
    expect(json(updated)).toMatchObject({
      title: 'Mye raskere saksbehandling',
      ref: 'O2',
      periodEnd: '2026-03-31',
      version: 2,
    });

    expect((await o.remove(`strategy/items/${objective.id}`, '"v1"')).statusCode).toBe(412);
    expect((await o.remove(`strategy/items/${objective.id}`, '"v2"')).statusCode).toBe(204);
    expect((await o.get(`strategy/items/${objective.id}`)).statusCode).toBe(404);

    const trail = await auditTrail(o, objective.id);
    expect(trail.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      'strategic-item:created',
      'strategic-item:updated',
      'strategic-item:deleted',
    ]);
    expect(trail[1]?.before).toMatchObject({ ref: 'O1' });
    expect(trail[1]?.after).toMatchObject({ ref: 'O2' });
  });

  it('pages through the items by title', async () => {
    const o = await fresh();
    const s = await source(o);
    for (const title of ['Mål C', 'Mål A', 'Mål E', 'Mål B', 'Mål D'])
      await item(o, { sourceId: s.id, kind: 'goal', title });
    const { items, pages } = await o.listAll<Item>('strategy/items', 2);
    expect(pages).toBe(3);
    expect(items.map((i) => i.title)).toEqual(['Mål A', 'Mål B', 'Mål C', 'Mål D', 'Mål E']);
  });

  it('puts a key result only under an objective of the same source', async () => {
    const o = await fresh();
    const s = await source(o);
    const otherSource = await source(o, 'Annen kilde');
    const objective = await item(o, { sourceId: s.id, kind: 'objective', title: 'O1' });
    const goal = await item(o, { sourceId: s.id, kind: 'goal', title: 'Mål' });
    const foreignObjective = await item(o, {
      sourceId: otherSource.id,
      kind: 'objective',
      title: 'O fremmed',
    });
    const rows = await countRows(use(), 'strategic_items', o.org);

    const orphan = expectProblem(
      await o.post('strategy/items', { sourceId: s.id, kind: 'key-result', title: 'KR' }),
      400,
      'validation-failed',
    );
    expect(orphan.issues?.map((i) => i.path)).toEqual(['parentId']);
    const underGoal = await o.post('strategy/items', {
      sourceId: s.id,
      kind: 'key-result',
      title: 'KR',
      parentId: goal.id,
    });
    expect(expectProblem(underGoal, 400, 'validation-failed').issues?.[0]?.path).toBe('parentId');
    const crossSource = await o.post('strategy/items', {
      sourceId: s.id,
      kind: 'key-result',
      title: 'KR',
      parentId: foreignObjective.id,
    });
    expect(expectProblem(crossSource, 400, 'validation-failed').issues?.[0]?.message).toMatch(/same source/);
    const unknown = await o.post('strategy/items', {
      sourceId: s.id,
      kind: 'key-result',
      title: 'KR',
      parentId: crypto.randomUUID(),
    });
    expect(expectProblem(unknown, 422, 'reference-not-found').issues?.[0]?.path).toBe('parentId');
    expect(await countRows(use(), 'strategic_items', o.org)).toBe(rows);

    const kr = await item(o, {
      sourceId: s.id,
      kind: 'key-result',
      title: 'KR',
      parentId: objective.id,
      targetValue: '30 dager',
    });
    expect(kr).toMatchObject({ parentId: objective.id, sourceId: s.id });
    const underKr = await o.post('strategy/items', {
      sourceId: s.id,
      kind: 'action',
      title: 'Tiltak',
      parentId: kr.id,
    });
    expectProblem(underKr, 400, 'validation-failed');
    const action = await item(o, { sourceId: s.id, kind: 'action', title: 'Tiltak', parentId: goal.id });
    expect(action.parentId).toBe(goal.id);
  });

  it('keeps the tree valid on update: no moving a key result away, no cycles, objectives keep their kind', async () => {
    const o = await fresh();
    const s = await source(o);
    const objective = await item(o, { sourceId: s.id, kind: 'objective', title: 'O1' });
    const kr = await item(o, { sourceId: s.id, kind: 'key-result', title: 'KR1', parentId: objective.id });
    const goal = await item(o, { sourceId: s.id, kind: 'goal', title: 'Mål' });
    const sub = await item(o, { sourceId: s.id, kind: 'goal', title: 'Delmål', parentId: goal.id });

    expect((await o.patch(`strategy/items/${kr.id}`, '"v1"', { parentId: null })).statusCode).toBe(400);
    expect((await o.patch(`strategy/items/${kr.id}`, '"v1"', { parentId: goal.id })).statusCode).toBe(400);
    const kindChange = expectProblem(
      await o.patch(`strategy/items/${objective.id}`, '"v1"', { kind: 'goal' }),
      400,
      'validation-failed',
    );
    expect(kindChange.issues?.[0]?.path).toBe('kind');
    expect(
      (await o.patch(`strategy/items/${goal.id}`, '"v1"', { kind: 'key-result', parentId: objective.id }))
        .statusCode,
    ).toBe(400);
    const cycle = expectProblem(
      await o.patch(`strategy/items/${goal.id}`, '"v1"', { parentId: sub.id }),
      400,
      'validation-failed',
    );
    expect(cycle.issues?.[0]?.path).toBe('parentId');
    expect((await o.patch(`strategy/items/${goal.id}`, '"v1"', { parentId: goal.id })).statusCode).toBe(400);
    for (const unchanged of [objective, kr, goal])
      expect(json(await o.get(`strategy/items/${unchanged.id}`))).toMatchObject({ version: 1 });

    const secondObjective = await item(o, { sourceId: s.id, kind: 'objective', title: 'O2' });
    const moved = await o.patch(`strategy/items/${kr.id}`, '"v1"', { parentId: secondObjective.id });
    expect(moved.statusCode).toBe(200);
    expect(json(await o.patch(`strategy/items/${objective.id}`, '"v1"', { kind: 'goal' }))).toMatchObject({
      kind: 'goal',
      version: 2,
    });
  });

  it('creates items only in an existing source of the organisation and never moves them to another', async () => {
    const o = await fresh();
    const theirs = await source(await fresh());
    for (const sourceId of [crypto.randomUUID(), theirs.id]) {
      const res = expectProblem(
        await o.post('strategy/items', { sourceId, kind: 'goal', title: 'Mål' }),
        422,
        'reference-not-found',
      );
      expect(res.issues?.[0]?.path).toBe('sourceId');
    }
    expect(await countRows(use(), 'strategic_items', o.org)).toBe(0);

    const s = await source(o);
    const goal = await item(o, { sourceId: s.id, kind: 'goal', title: 'Mål' });
    const move = await o.patch(`strategy/items/${goal.id}`, '"v1"', {
      sourceId: (await source(o, 'Annen')).id,
    });
    expectProblem(move, 400, 'validation-failed');
    expect(json(await o.get(`strategy/items/${goal.id}`))).toMatchObject({ sourceId: s.id, version: 1 });
  });

  it('deletes the items under a deleted item, and answers 409 in-use for an item an initiative serves', async () => {
    const o = await fresh();
    const s = await source(o);
    const objective = await item(o, { sourceId: s.id, kind: 'objective', title: 'O1' });
    const kr = await item(o, { sourceId: s.id, kind: 'key-result', title: 'KR1', parentId: objective.id });
    expect((await o.remove(`strategy/items/${objective.id}`, '"v1"')).statusCode).toBe(204);
    expect((await o.get(`strategy/items/${kr.id}`)).statusCode).toBe(404);

    const served = await item(o, { sourceId: s.id, kind: 'assignment', ref: 'Oppdrag 4', title: 'Oppdrag' });
    await insertInitiativeUsing(use(), o.org, { itemId: served.id });
    expectProblem(await o.remove(`strategy/items/${served.id}`, '"v1"'), 409, 'in-use');
    expect((await auditTrail(o, served.id)).map((e) => e.action)).toEqual(['created']);
  });
});
