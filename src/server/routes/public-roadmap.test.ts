import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { redThreadFixture } from './red-thread-fixture';

type Roadmap = {
  organisation: { name: string };
  initiatives: Record<string, unknown>[];
  elements: Record<string, unknown>[];
};

describeEachDatabase('the public roadmap', (use) => {
  const api = useTestApi(use);
  const thread = redThreadFixture(api);
  let org = '';
  const anonymous = () => api.requestAs({}, { method: 'GET', url: `/api/v1/public/${org}/roadmap` });
  const settings = (publicRoadmap: object) =>
    api.request({ method: 'PATCH', url: `/api/v1/orgs/${org}`, payload: { publicRoadmap } });

  beforeAll(async () => {
    org = await thread.start();
    const owner = json<{ id: string }>(await thread.post('/people', { name: 'Eva Eier' }));
    const taken = await thread.initiative('Felles innlogging');
    const ready = await thread.patch(`/initiatives/${taken.id}`, {
      ownerId: owner.id,
      riskText: 'Hemmelig risiko',
      description: 'Åpen beskrivelse',
      checkedCriteria: ['judged-important', 'balanced-portfolio', 'no-obvious-obstacles', 'problem-scope'],
    });
    // Taken up by the portfolio office: out of the first phase.
    const moved = await api.request({
      method: 'POST',
      url: thread.url(`/initiatives/${taken.id}/transitions`),
      headers: { 'if-match': `"v${json<{ version: number }>(ready).version}"` },
      payload: { to: 'problem', outcome: 'approved', rationale: 'Viktig' },
    });
    if (moved.statusCode !== 201) throw new Error(moved.body);
    await thread.element({
      title: 'Innlogging for alle',
      initiativeIds: [taken.id],
      overview: 'Oversikt',
      milestone: 'M1',
    });
    await thread.initiative('Bare et forslag');
  });

  it('is off by default: not found, and no sign-in asked for', async () => {
    const res = await anonymous();
    expect(res.statusCode).toBe(404);
    expect(json(res).code).toBe('not-found');
  });

  it('answers only the fields marked public, without signing in', async () => {
    await settings({
      enabled: true,
      initiativeFields: ['description'],
      elementFields: ['status', 'overview'],
    });
    const res = await anonymous();
    expect(res.statusCode).toBe(200);
    const roadmap = json<Roadmap>(res);
    expect(res.body).not.toContain('Hemmelig risiko');
    expect(res.body).not.toContain('M1');
    expect(roadmap.initiatives).toHaveLength(1);
    expect(roadmap.elements).toHaveLength(1);
    for (const initiative of roadmap.initiatives) {
      expect(Object.keys(initiative).sort()).toEqual(['description', 'id', 'key', 'title']);
    }
    for (const element of roadmap.elements) {
      expect(Object.keys(element).sort()).toEqual([
        'id',
        'initiativeIds',
        'overview',
        'productName',
        'status',
        'title',
      ]);
    }
  });

  it('leaves proposals in the first phase out, and names the phase', async () => {
    await settings({ enabled: true, initiativeFields: ['phase'], elementFields: [] });
    const { initiatives } = json<Roadmap>(await anonymous());
    expect(initiatives.map((i) => i.title)).toEqual(['Felles innlogging']);
    // The phase comes with its name in the three languages, for readers outside the organisation.
    expect(initiatives[0]).toMatchObject({ phase: 'problem', phaseName: { nb: 'Problem', en: 'Problem' } });
  });

  it('refuses a field that cannot be published', async () => {
    const res = await settings({ enabled: true, initiativeFields: ['funding'], elementFields: [] });
    expect(res.statusCode).toBe(400);
  });
});
