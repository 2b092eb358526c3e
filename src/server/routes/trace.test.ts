import { expect, it } from 'vitest';
import type { Trace, TraceNode } from '../../contracts/thread';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { redThreadFixture } from './red-thread-fixture';

const titles = (nodes: TraceNode[]): unknown =>
  nodes.map((n) => (n.children.length > 0 ? { [n.title]: titles(n.children) } : n.title));

describeEachDatabase('trace', (use) => {
  const api = useTestApi(use);
  const t = redThreadFixture(api);

  it('answers the thread up to the strategy and down to the issues, with progress at every level', async () => {
    await t.start();
    const source = json<{ id: string }>(
      await t.post('/strategy/sources', { kind: 'agency-strategy', title: 'Virksomhetsstrategi' }),
    );
    const goal = json<{ id: string }>(
      await t.post('/strategy/items', {
        sourceId: source.id,
        kind: 'goal',
        title: 'Sammenhengende tjenester',
      }),
    );
    const initiative = json<{ id: string; key: string }>(
      await t.post('/initiatives', { title: 'Felles innlogging', strategicItemIds: [goal.id] }),
    );
    const element = await t.element({
      title: 'ID-porten 2.0',
      initiativeIds: [initiative.id],
      github: { owner: 'Digdir', repo: 'Roadmap', number: 12 },
    });
    const epic = await t.epic({ title: 'Innlogging med passnøkler', roadmapElementIds: [element.id] });
    const done = await t.issue(epic.id, { title: 'Registrere passnøkkel' });
    await t.issue(epic.id, { title: 'Logge inn med passnøkkel' });
    await t.setState(done.id, 'closed', 'completed');

    const trace = json<Trace>(await t.get(`/trace?ref=${encodeURIComponent(initiative.key)}`));
    expect(trace.node).toMatchObject({ type: 'initiative', ref: initiative.key, progress: 0.5 });
    expect(titles(trace.up)).toEqual([{ 'Sammenhengende tjenester': ['Virksomhetsstrategi'] }]);
    expect(titles(trace.down)).toEqual([
      {
        'ID-porten 2.0': [
          { 'Innlogging med passnøkler': ['Logge inn med passnøkkel', 'Registrere passnøkkel'] },
        ],
      },
    ]);
    const epicNode = trace.down[0]?.children[0];
    expect(epicNode).toMatchObject({ type: 'epic', progress: 0.5, delivered: false });
    expect(trace.down[0]).toMatchObject({ type: 'roadmap-element', ref: 'digdir/roadmap#12', progress: 0.5 });

    const fromIssue = json<Trace>(await t.get(`/trace?ref=${done.id}`));
    expect(fromIssue.node).toMatchObject({ type: 'issue', delivered: true, progress: 1 });
    expect(titles(fromIssue.up)).toEqual([
      {
        'Innlogging med passnøkler': [
          {
            'ID-porten 2.0': [
              { 'Felles innlogging': [{ 'Sammenhengende tjenester': ['Virksomhetsstrategi'] }] },
            ],
          },
        ],
      },
    ]);
    const byGithub = json<Trace>(await t.get(`/trace?ref=${encodeURIComponent('digdir/ROADMAP#12')}`));
    expect(byGithub.node.id).toBe(element.id);
  });

  it('answers 400 for a reference it cannot read and 404 for one that names nothing', async () => {
    await t.start();
    expect((await t.get('/trace?ref=not-a-ref')).statusCode).toBe(400);
    expect((await t.get(`/trace?ref=${encodeURIComponent('Sak 999-2026')}`)).statusCode).toBe(404);
  });
});
