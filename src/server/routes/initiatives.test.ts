import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';

interface Created {
  id: string;
  key: string;
  version: number;
}

describeEachDatabase('initiatives API', (use) => {
  const api = useTestApi(use);
  const url = (org: string, rest = '') => `/api/v1/orgs/${org}/initiatives${rest}`;
  const create = async (org: string, payload: object) =>
    api.request({ method: 'POST', url: url(org), payload });

  it('numbers cases per year and takes imported keys into account', async () => {
    const org = await api.freshOrg();
    const year = new Date().getFullYear();
    const a = json<Created>(await create(org, { title: 'Første' }));
    const b = json<Created>(await create(org, { title: 'Andre' }));
    expect([a.key, b.key]).toEqual([`Sak 1-${year}`, `Sak 2-${year}`]);
    const imported = await create(org, { title: 'Importert', key: `Sak 14-${year}` });
    expect(json<Created>(imported).key).toBe(`Sak 14-${year}`);
    expect(json<Created>(await create(org, { title: 'Neste' })).key).toBe(`Sak 15-${year}`);
    const old = await create(org, { title: 'Gammel', key: 'Sak 3-2025' });
    expect(json<Created>(old).key).toBe('Sak 3-2025');
    const dup = await create(org, { title: 'Duplikat', key: `Sak 14-${year}` });
    expect(dup.statusCode).toBe(409);
    expect(json(dup)).toMatchObject({ code: 'duplicate' });
    const other = await api.freshOrg();
    expect(json<Created>(await create(other, { title: 'Egen teller' })).key).toBe(`Sak 1-${year}`);
  });

  it('reads by id or by case key, with an ETag, and saves every field', async () => {
    const org = await api.freshOrg();
    const payload = {
      title: 'Nasjonal datakatalog 2.0',
      problemStatement: 'Datasett er vanskelige å finne.',
      description: 'Ny søketjeneste.',
      riskIfNotDone: 'Dobbeltarbeid i etatene.',
      collaboration: 'Statistisk sentralbyrå',
      competence: 'Utviklere, UX',
      personMonthsTotal: 18.5,
      priority: 'must',
      riskLevel: 'medium',
      riskText: 'Avhengig av leverandør',
      okrs: [
        {
          objective: 'Enklere deling',
          keyResults: [{ title: '80 % av datasett beskrevet', target: '80', current: '40', done: false }],
        },
      ],
      milestones: [{ title: 'Beta', due: '2026-06-01', done: false }],
      funding: [
        {
          year: 2026,
          budgetItem: 'Post 01',
          source: 'common-funds',
          needNok: 2_500_000,
          grantedNok: 1_000_000,
        },
      ],
      resources: [{ year: 2026, internalPersonMonths: 12, externalPersonMonths: 6 }],
      budgetProposalYears: [2027],
      businessPlanYears: [2026],
      measurementPlan: 'Bruk per måned',
    };
    const created = json<Created>(await create(org, payload));
    const byKey = await api.request({ method: 'GET', url: url(org, `/${encodeURIComponent(created.key)}`) });
    expect(byKey.statusCode).toBe(200);
    expect(byKey.headers.etag).toBe('"v1"');
    expect(json(byKey)).toMatchObject({
      ...payload,
      phase: 'ikke-startet',
      status: 'active',
      decisions: [],
      gate: { phase: 'ikke-startet', nextPhase: 'problem', ready: false },
    });
    const short = created.key.replace('Sak ', '');
    expect((await api.request({ method: 'GET', url: url(org, `/${short}`) })).statusCode).toBe(200);
    expect((await api.request({ method: 'GET', url: url(org, `/${created.id}`) })).statusCode).toBe(200);
    expect((await api.request({ method: 'GET', url: url(org, '/Sak%20999-2020') })).statusCode).toBe(404);
  });

  it('updates with If-Match; a stale write answers 412 and changes nothing', async () => {
    const org = await api.freshOrg();
    const { id } = json<Created>(await create(org, { title: 'Gammel tittel' }));
    const ok = await api.request({
      method: 'PATCH',
      url: url(org, `/${id}`),
      headers: { 'if-match': '"v1"' },
      payload: { title: 'Ny tittel', priority: 'should' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    const stale = await api.request({
      method: 'PATCH',
      url: url(org, `/${id}`),
      headers: { 'if-match': '"v1"' },
      payload: { title: 'Tapt' },
    });
    expect(stale.statusCode).toBe(412);
    const read = json(await api.request({ method: 'GET', url: url(org, `/${id}`) }));
    expect(read).toMatchObject({ title: 'Ny tittel', priority: 'should', version: 2 });
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const org = await api.freshOrg();
    const cases: [object, number, string][] = [
      [{ title: 'x', phase: 'utfort' }, 400, 'validation-failed'],
      [{ title: 'x', priority: 'urgent' }, 400, 'validation-failed'],
      [{ title: '' }, 400, 'validation-failed'],
      [
        { title: 'x', okrs: Array.from({ length: 11 }, () => ({ objective: 'o', keyResults: [] })) },
        400,
        'validation-failed',
      ],
      [{ title: 'x', checkedCriteria: ['no-such-criterion'] }, 400, 'validation-failed'],
      [{ title: 'x', ownerId: '00000000-0000-4000-8000-000000000000' }, 422, 'reference-not-found'],
      [
        { title: 'x', allocation: { kind: 'teams', teamIds: ['00000000-0000-4000-8000-000000000000'] } },
        422,
        'reference-not-found',
      ],
    ];
    for (const [payload, status, code] of cases) {
      const res = await create(org, payload);
      expect({ status: res.statusCode, code: json(res).code }).toEqual({ status, code });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const list = json<{ items: unknown[] }>(await api.request({ method: 'GET', url: url(org) }));
    expect(list.items).toHaveLength(0);
    // The refused creations rolled back their case numbers too: the next one is still number 1.
    const next = json<Created>(await create(org, { title: 'Gyldig' }));
    expect(next.key).toBe(`Sak 1-${new Date().getFullYear()}`);
  });

  it('refuses malformed, deeply nested and non-JSON bodies', async () => {
    const org = await api.freshOrg();
    const nested = '['.repeat(50_000) + ']'.repeat(50_000);
    const cases: [string, string, number, string][] = [
      ['{"title": ', 'application/json', 400, 'validation-failed'],
      [nested, 'application/json', 400, 'validation-failed'],
      [`{"title": "x", "okrs": ${nested}}`, 'application/json', 400, 'validation-failed'],
      ['title=x', 'text/plain', 415, 'unsupported-media-type'],
    ];
    for (const [payload, type, status, code] of cases) {
      const res = await api.request({
        method: 'POST',
        url: url(org),
        payload,
        headers: { 'content-type': type },
      });
      expect({ status: res.statusCode, code: json(res).code }).toEqual({ status, code });
    }
    expect(
      json<{ items: unknown[] }>(await api.request({ method: 'GET', url: url(org) })).items,
    ).toHaveLength(0);
  });

  it('will not link a person of another organisation', async () => {
    const ours = await api.freshOrg();
    const theirs = await api.freshOrg();
    const person = json<{ id: string }>(
      await api.request({
        method: 'POST',
        url: `/api/v1/orgs/${theirs}/people`,
        payload: { name: 'Fremmed' },
      }),
    );
    const res = await create(ours, { title: 'Lån av person', ownerId: person.id });
    expect(res.statusCode).toBe(422);
    const { id } = json<Created>(await create(theirs, { title: 'Deres sak' }));
    expect((await api.request({ method: 'GET', url: url(ours, `/${id}`) })).statusCode).toBe(404);
    const dep = await create(ours, { title: 'Avhengig', dependsOnIds: [id] });
    expect(dep.statusCode).toBe(422);
  });
});
