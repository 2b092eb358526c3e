import { beforeAll, expect, it } from 'vitest';
import type { Agenda } from '../../contracts/agenda';
import { todayInOslo } from '../../services/shared/today';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember, type TestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) =>
  new Date(Date.parse(`${todayInOslo()}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/** Every exit criterion of the first phase that a person ticks off. */
const FIRST_GATE_TICKS = ['judged-important', 'balanced-portfolio', 'no-obvious-obstacles', 'problem-scope'];
const SECRET_RISK = 'Leverandøren kan gå konkurs i mars';

describeEachDatabase('the portfolio office agenda API', (use) => {
  const api = useTestApi(use);
  let org = '';
  let reader: TestUser;
  const ids: Record<string, string> = {};
  const url = (path: string) => `/api/v1/orgs/${org}${path}`;

  async function create(name: string, payload: object = {}) {
    const res = await api.request({
      method: 'POST',
      url: url('/initiatives'),
      payload: { title: name, ...payload },
    });
    expect(res.statusCode).toBe(201);
    const created = json<{ id: string }>(res);
    ids[name] = created.id;
    return created.id;
  }
  const version = async (id: string) =>
    json<{ version: number }>(await api.request({ method: 'GET', url: url(`/initiatives/${id}`) })).version;
  async function move(id: string, payload: object) {
    const res = await api.request({
      method: 'POST',
      url: url(`/initiatives/${id}/transitions`),
      headers: { 'if-match': `"v${await version(id)}"` },
      payload,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const agenda = async (query = '', as?: TestUser) => {
    const res = await api.requestAs(bearer(as?.token ?? api.adminToken()), {
      method: 'GET',
      url: url(`/agenda${query}`),
    });
    expect(res.statusCode, res.body).toBe(200);
    return { body: json<Agenda>(res), raw: res.body };
  };
  const keysOf = (items: { id: string }[]) =>
    items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0] ?? i.id);

  beforeAll(async () => {
    org = await api.freshOrg();
    const owner = json<{ id: string }>(
      await api.request({ method: 'POST', url: url('/people'), payload: { name: 'Eva Eier' } }),
    );
    const ready = { description: 'Behovet er klart.', ownerId: owner.id, checkedCriteria: FIRST_GATE_TICKS };

    await create('Ny søknadsportal', { riskLevel: 'high', riskText: SECRET_RISK });
    await create('Felles innlogging', ready);
    await create('Digital lommebok', ready);
    await move(ids['Digital lommebok'] ?? '', {
      outcome: 'approved',
      to: 'problem',
      decidedOn: daysAgo(2),
      decidedBy: 'Porteføljekontoret',
      rationale: 'Viktig for innbyggerne',
    });
    await create('Gammelt arkiv', ready);
    await move(ids['Gammelt arkiv'] ?? '', { outcome: 'approved', to: 'problem', decidedOn: daysAgo(40) });
    // Off track: a person set the health, with a status update saying why.
    const update = await api.request({
      method: 'POST',
      url: url(`/initiatives/${ids['Gammelt arkiv']}/status-updates`),
      payload: { text: 'Leverandøren er forsinket', health: 'red' },
    });
    expect(update.statusCode, update.body).toBe(201);
    // Parked: at a gate and new, but not on the office's table until resumed.
    await create('Parkert idé', ready);
    await move(ids['Parkert idé'] ?? '', { outcome: 'parked', rationale: 'Venter på midler' });
    // Stale: nothing written for 40 days. Only time can do that, so the test ages the rows.
    await create('Stille sak');
    await use().query(
      `UPDATE initiatives SET updated_at = now() - interval '40 days', created_at = now() - interval '40 days'
       WHERE id = $1`,
      [ids['Stille sak']],
    );

    await api.request({ method: 'PATCH', url: url(''), payload: { internalFields: ['risk', 'rationale'] } });
    reader = await createMember(use(), org, 'reader');
  });

  it('lists new proposals, gates to take, off-track and stale initiatives, and the week’s decisions', async () => {
    const { body } = await agenda();
    expect(body.since).toBe(daysAgo(7));
    expect(body.today).toBe(todayInOslo());
    expect(body.staleDays).toBe(30);
    // Case-number order; the parked proposal is new too, the aged one is not.
    expect(keysOf(body.newProposals)).toEqual(['Ny søknadsportal', 'Felles innlogging', 'Parkert idé']);
    expect(keysOf(body.awaitingGate)).toEqual(['Felles innlogging']);
    expect(body.awaitingGate[0]).toMatchObject({
      phase: 'ikke-startet',
      nextPhase: 'problem',
      criteriaMet: 6,
      criteriaTotal: 6,
      gateReady: true,
      readyForDone: false,
    });
    expect(keysOf(body.offTrack)).toEqual(['Gammelt arkiv']);
    expect(body.offTrack[0]).toMatchObject({
      health: 'red',
      healthOverridden: true,
      latestUpdate: { text: 'Leverandøren er forsinket' },
    });
    expect(keysOf(body.stale)).toEqual(['Stille sak']);
    expect(body.stale[0]?.daysSinceUpdate).toBeGreaterThanOrEqual(39);
    // The decision 40 days ago is outside the week; newest first.
    expect(body.decisionsSince.map((d) => [d.title, d.outcome])).toEqual([
      ['Parkert idé', 'parked'],
      ['Digital lommebok', 'approved'],
    ]);
    expect(body.decisionsSince[1]?.key).toMatch(/^Sak \d+-\d{4}$/);
    expect(body.decisionsSince[1]).toMatchObject({
      fromPhase: 'ikke-startet',
      toPhase: 'problem',
      decidedOn: daysAgo(2),
      decidedBy: 'Porteføljekontoret',
      rationale: 'Viktig for innbyggerne',
    });
  });

  it('looks back as far as asked', async () => {
    const { body } = await agenda(`?since=${daysAgo(60)}`);
    expect(body.since).toBe(daysAgo(60));
    expect(body.decisionsSince.map((d) => d.title)).toEqual([
      'Parkert idé',
      'Digital lommebok',
      'Gammelt arkiv',
    ]);
    expect(keysOf(body.newProposals)).toContain('Stille sak');
    const future = await agenda(`?since=${daysAgo(-1)}`);
    expect(future.body.decisionsSince).toEqual([]);
    expect(future.body.newProposals).toEqual([]);
  });

  it('lets a reader see it, without what the organisation keeps internal', async () => {
    const { body, raw } = await agenda('', reader);
    expect(body.decisionsSince.map((d) => d.rationale)).toEqual([null, null]);
    expect(raw).not.toContain('Viktig for innbyggerne');
    expect(raw).not.toContain(SECRET_RISK);
  });

  it('refuses a date that is not one, and an organisation that does not exist', async () => {
    const bad = await api.request({ method: 'GET', url: url('/agenda?since=31.12.2026') });
    expect({ status: bad.statusCode, code: json(bad).code }).toEqual({
      status: 400,
      code: 'validation-failed',
    });
    const missing = await api.request({ method: 'GET', url: '/api/v1/orgs/no-such-org/agenda' });
    expect(missing.statusCode).toBe(404);
  });
});
