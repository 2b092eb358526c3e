import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';

interface Detail {
  id: string;
  key: string;
  phase: string;
  status: string;
  version: number;
  decisions: {
    outcome: string;
    fromPhase: string;
    toPhase: string;
    rationale: string | null;
    decidedBy: string;
  }[];
  gate: { criteria: { id: string; met: boolean }[]; ready: boolean };
}

describeEachDatabase('initiative phase workflow API', (use) => {
  const api = useTestApi(use);
  const base = (org: string) => `/api/v1/orgs/${org}/initiatives`;

  async function setup() {
    const org = await api.freshOrg();
    const owner = json<{ id: string }>(
      await api.request({ method: 'POST', url: `/api/v1/orgs/${org}/people`, payload: { name: 'Eier' } }),
    );
    const created = json<{ id: string }>(
      await api.request({ method: 'POST', url: base(org), payload: { title: 'Digital postkasse for alle' } }),
    );
    const read = async () =>
      json<Detail>(await api.request({ method: 'GET', url: `${base(org)}/${created.id}` }));
    const patch = async (payload: object) => {
      const { version } = await read();
      return api.request({
        method: 'PATCH',
        url: `${base(org)}/${created.id}`,
        headers: { 'if-match': `"v${version}"` },
        payload,
      });
    };
    const move = async (payload: object, version?: number) =>
      api.request({
        method: 'POST',
        url: `${base(org)}/${created.id}/transitions`,
        headers: { 'if-match': `"v${version ?? (await read()).version}"` },
        payload,
      });
    return { org, owner, id: created.id, read, patch, move };
  }

  it('refuses a forward move listing exactly the unmet criteria, and changes nothing', async () => {
    const t = await setup();
    await t.patch({ description: 'Behovet er klart.', checkedCriteria: ['judged-important'] });
    const before = await t.read();
    const res = await t.move({ outcome: 'approved', to: 'problem' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = json<{ code: string; unmetCriteria: { id: string; kind: string; label: string }[] }>(res);
    expect(body.code).toBe('gate-criteria-unmet');
    expect(body.unmetCriteria.map((c) => c.id)).toEqual([
      'balanced-portfolio',
      'no-obvious-obstacles',
      'assigned-problem',
      'problem-scope',
    ]);
    expect(body.unmetCriteria[2]).toMatchObject({
      kind: 'field',
      label: 'Tildelt den som skal detaljere saken',
    });
    const after = await t.read();
    expect(after).toMatchObject({ phase: 'ikke-startet', version: before.version, decisions: [] });
  });

  it('moves through a met gate and records the decision and the history', async () => {
    const t = await setup();
    await t.patch({
      description: 'Behovet er klart.',
      ownerId: t.owner.id,
      checkedCriteria: ['judged-important', 'balanced-portfolio', 'no-obvious-obstacles', 'problem-scope'],
    });
    expect((await t.read()).gate.ready).toBe(true);
    const res = await t.move({
      outcome: 'approved-with-conditions',
      to: 'problem',
      conditions: 'Avklar samarbeid med KS',
      rationale: 'Viktig for innbyggerne',
      decidedBy: 'Porteføljekontoret',
      decidedOn: '2026-03-02',
      evidenceLinks: ['https://example.no/referat/12'],
    });
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({
      initiative: { phase: 'problem', status: 'active' },
      decision: {
        outcome: 'approved-with-conditions',
        fromPhase: 'ikke-startet',
        toPhase: 'problem',
        decidedOn: '2026-03-02',
        decidedBy: 'Porteføljekontoret',
        evidenceLinks: ['https://example.no/referat/12'],
      },
    });
    const detail = await t.read();
    expect(detail.decisions).toHaveLength(1);
    const history = json<{
      items: {
        entityType: string;
        action: string;
        before: { phase?: string } | null;
        after: { phase?: string } | null;
      }[];
    }>(await api.request({ method: 'GET', url: `${base(t.org)}/${detail.key}/history` }));
    expect(history.items.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      'initiative:created',
      'initiative:updated',
      'initiative:transitioned',
      'decision:created',
    ]);
    expect(history.items[2]).toMatchObject({
      before: { phase: 'ikke-startet' },
      after: { phase: 'problem' },
    });
  });

  it('needs a rationale to send back, park or stop; parked resumes; stopped is final', async () => {
    const t = await setup();
    for (const outcome of ['parked', 'stopped']) {
      const res = await t.move({ outcome });
      expect({ status: res.statusCode, code: json(res).code }).toEqual({
        status: 422,
        code: 'rationale-required',
      });
    }
    expect((await t.move({ outcome: 'parked', rationale: 'Venter på midler' })).statusCode).toBe(201);
    expect((await t.read()).status).toBe('parked');
    expect((await t.move({ outcome: 'resumed' })).statusCode).toBe(201);
    expect((await t.move({ outcome: 'stopped', rationale: 'Løst av annen sak' })).statusCode).toBe(201);
    const moved = await t.move({ outcome: 'resumed' });
    expect({ status: moved.statusCode, code: json(moved).code }).toEqual({
      status: 409,
      code: 'illegal-transition',
    });
    const detail = await t.read();
    expect(detail.status).toBe('stopped');
    expect(detail.decisions.map((d) => d.outcome)).toEqual(['parked', 'resumed', 'stopped']);
    expect(detail.decisions[0]?.rationale).toBe('Venter på midler');
  });

  it('refuses skipping, unknown phases, stale and missing If-Match', async () => {
    const t = await setup();
    const skip = await t.move({ outcome: 'approved', to: 'konsept' });
    expect({ status: skip.statusCode, code: json(skip).code }).toEqual({
      status: 409,
      code: 'illegal-transition',
    });
    const back = await t.move({ outcome: 'sent-back', to: 'problem', rationale: 'x' });
    expect(back.statusCode).toBe(409);
    const stale = await t.move({ outcome: 'parked', rationale: 'x' }, 99);
    expect(stale.statusCode).toBe(412);
    const missing = await api.request({
      method: 'POST',
      url: `${base(t.org)}/${t.id}/transitions`,
      payload: { outcome: 'parked', rationale: 'x' },
    });
    expect(missing.statusCode).toBe(428);
    const unknownOutcome = await t.move({ outcome: 'teleported' });
    expect(unknownOutcome.statusCode).toBe(400);
    expect((await t.read()).decisions).toEqual([]);
  });

  it('uses an organisation’s own workflow once configured', async () => {
    const t = await setup();
    const wfUrl = `/api/v1/orgs/${t.org}/workflow`;
    const current = await api.request({ method: 'GET', url: wfUrl });
    expect(json(current)).toMatchObject({ isDefault: true, version: 0 });
    const label = (s: string) => ({ nb: s, nn: s, en: s });
    const two = {
      phases: [
        {
          id: 'ikke-startet',
          name: label('Idé'),
          exitCriteria: [{ id: 'sponsor', kind: 'checklist', label: label('Har sponsor') }],
        },
        { id: 'gjennomforing', name: label('Gjennomføring'), exitCriteria: [] },
      ],
    };
    expect((await api.request({ method: 'PUT', url: wfUrl, payload: two })).statusCode).toBe(428);
    const put = await api.request({
      method: 'PUT',
      url: wfUrl,
      headers: { 'if-match': '"v0"' },
      payload: two,
    });
    expect(put.statusCode).toBe(200);
    const blocked = json<{ unmetCriteria: { id: string }[] }>(await t.move({ outcome: 'approved' }));
    expect(blocked.unmetCriteria.map((c) => c.id)).toEqual(['sponsor']);
    await t.patch({ checkedCriteria: ['sponsor'] });
    expect(json(await t.move({ outcome: 'approved' }))).toMatchObject({
      initiative: { phase: 'gjennomforing' },
    });
    const dropping = {
      phases: [
        { ...two.phases[0], exitCriteria: [] },
        { id: 'slutt', name: label('Slutt'), exitCriteria: [] },
      ],
    };
    const refused = await api.request({
      method: 'PUT',
      url: wfUrl,
      headers: { 'if-match': '"v1"' },
      payload: dropping,
    });
    expect({ status: refused.statusCode, code: json(refused).code }).toEqual({
      status: 409,
      code: 'conflict',
    });
    const duplicateIds = { phases: [two.phases[0], two.phases[0]] };
    expect(
      (
        await api.request({
          method: 'PUT',
          url: wfUrl,
          headers: { 'if-match': '"v1"' },
          payload: duplicateIds,
        })
      ).statusCode,
    ).toBe(400);
  });
});
