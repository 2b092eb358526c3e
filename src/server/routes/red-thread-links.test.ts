import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { redThreadFixture } from './red-thread-fixture';

/** Each bad link answers a 4xx problem with a stable code, and nothing changes. */
describeEachDatabase('red thread links: bad input', (use) => {
  const api = useTestApi(use);
  const t = redThreadFixture(api);
  const problem = (res: { statusCode: number; json: () => unknown }) => ({
    status: res.statusCode,
    code: (res.json() as { code?: string }).code,
  });

  it('refuses a dependency that would make a cycle, and keeps the dependencies as they were', async () => {
    await t.start();
    const a = await t.element({ title: 'A' });
    const b = await t.element({ title: 'B', dependsOnIds: [a.id] });
    const c = await t.element({ title: 'C', dependsOnIds: [b.id] });
    const cycle = await t.patch(`/roadmap/elements/${a.id}`, { dependsOnIds: [c.id] });
    expect(problem(cycle)).toEqual({ status: 422, code: 'link-cycle' });
    const self = await t.patch(`/roadmap/elements/${a.id}`, { dependsOnIds: [a.id] });
    expect(problem(self)).toEqual({ status: 422, code: 'link-cycle' });
    const after = json<{ dependsOnIds: string[]; version: number }>(await t.get(`/roadmap/elements/${a.id}`));
    expect(after).toMatchObject({ dependsOnIds: [], version: a.version });
  });

  it('refuses links to unknown items and an issue as parent or element link', async () => {
    await t.start();
    const element = await t.element({ title: 'Element' });
    const epic = await t.epic({ title: 'Epos' });
    const issue = await t.issue(epic.id);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(problem(await t.post('/roadmap/elements', { title: 'X', initiativeIds: [unknown] }))).toEqual({
      status: 422,
      code: 'reference-not-found',
    });
    expect(problem(await t.post('/backlog/items', { kind: 'issue', title: 'Y', parentId: unknown }))).toEqual(
      {
        status: 422,
        code: 'reference-not-found',
      },
    );
    expect(
      problem(await t.post('/backlog/items', { kind: 'issue', title: 'Z', parentId: issue.id })),
    ).toEqual({
      status: 422,
      code: 'invalid-link',
    });
    expect(problem(await t.post(`/roadmap/elements/${element.id}/epics`, { epicId: issue.id }))).toEqual({
      status: 422,
      code: 'invalid-link',
    });
    expect(problem(await t.post(`/roadmap/elements/${element.id}/epics`, { epicId: unknown }))).toEqual({
      status: 422,
      code: 'reference-not-found',
    });
    const items = json<{ items: { title: string }[] }>(await t.get('/backlog/items'));
    expect(items.items.map((i) => i.title).sort()).toEqual(['Epos', 'Oppgave']);
  });

  it('refuses an epic linked twice, one request or two', async () => {
    await t.start();
    const element = await t.element({ title: 'Element' });
    const epic = await t.epic({ title: 'Epos' });
    expect((await t.post(`/roadmap/elements/${element.id}/epics`, { epicId: epic.id })).statusCode).toBe(200);
    expect(problem(await t.post(`/roadmap/elements/${element.id}/epics`, { epicId: epic.id }))).toEqual({
      status: 409,
      code: 'duplicate',
    });
    const twice = await t.patch(`/backlog/items/${epic.id}`, { roadmapElementIds: [element.id, element.id] });
    expect(problem(twice)).toEqual({ status: 409, code: 'duplicate' });
    const read = json<{ epicIds: string[] }>(await t.get(`/roadmap/elements/${element.id}`));
    expect(read.epicIds).toEqual([epic.id]);
  });

  it('refuses a date range that ends before it starts, also when only one end is sent', async () => {
    await t.start();
    const range = { title: 'Baklengs', startOn: '2026-06-01', endOn: '2026-05-01' };
    expect(problem(await t.post('/roadmap/elements', range))).toEqual({
      status: 400,
      code: 'validation-failed',
    });
    const element = await t.element({ title: 'Element', startOn: '2026-06-01' });
    const half = await t.patch(`/roadmap/elements/${element.id}`, { endOn: '2026-05-01' });
    expect(problem(half)).toEqual({ status: 400, code: 'validation-failed' });
    const epic = await t.epic({ title: 'Epos', startOn: '2026-06-01' });
    expect(problem(await t.patch(`/backlog/items/${epic.id}`, { dueOn: '2026-01-01' }))).toEqual({
      status: 400,
      code: 'validation-failed',
    });
    expect(json<{ endOn: string | null }>(await t.get(`/roadmap/elements/${element.id}`)).endOn).toBeNull();
  });

  it('refuses a progress or health override without a written status update', async () => {
    await t.start();
    const element = await t.element({ title: 'Element' });
    for (const payload of [{ progress: 80 }, { health: 'red' }, { text: '   ', progress: 10 }]) {
      const res = await t.post(`/roadmap/elements/${element.id}/status-updates`, payload);
      expect(problem(res)).toEqual({ status: 422, code: 'status-update-required' });
    }
    const read = json<{ progressOverride: number | null; healthOverride: string | null }>(
      await t.get(`/roadmap/elements/${element.id}`),
    );
    expect(read).toMatchObject({ progressOverride: null, healthOverride: null });
    const updates = json<{ items: unknown[] }>(await t.get(`/roadmap/elements/${element.id}/status-updates`));
    expect(updates.items).toEqual([]);
  });
});
