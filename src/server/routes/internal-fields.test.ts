import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember, type TestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';

type Detail = {
  id: string;
  version: number;
  funding: unknown[];
  riskLevel: string | null;
  riskText: string | null;
  withheld?: string[];
  decisions: { rationale: string | null }[];
};

/** Money, risk and decision rationale marked internal are read by the portfolio office only. */
describeEachDatabase('fields internal to the portfolio office', (use) => {
  const api = useTestApi(use);
  let org = '';
  let id = '';
  let reader: TestUser;
  let office: TestUser;
  const url = (path: string) => `/api/v1/orgs/${org}${path}`;
  const read = async (user: TestUser) =>
    json<Detail>(await api.requestAs(bearer(user.token), { method: 'GET', url: url(`/initiatives/${id}`) }));

  beforeAll(async () => {
    org = await api.freshOrg();
    const created = json<{ id: string; version: number }>(
      await api.request({
        method: 'POST',
        url: url('/initiatives'),
        payload: {
          title: 'Med penger og risiko',
          riskLevel: 'high',
          riskText: 'Leverandøren kan gå konkurs',
          funding: [
            {
              year: 2027,
              budgetItem: 'Drift',
              needNok: 2_000_000,
              grantedNok: 500_000,
              source: 'common-funds',
            },
          ],
        },
      }),
    );
    id = created.id;
    await api.request({
      method: 'POST',
      url: url(`/initiatives/${id}/transitions`),
      headers: { 'if-match': `"v${created.version}"` },
      payload: { to: 'ikke-startet', outcome: 'parked', rationale: 'Budsjettet er brukt opp i år' },
    });
    await api.request({
      method: 'PATCH',
      url: url(''),
      payload: { internalFields: ['money', 'risk', 'rationale'] },
    });
    reader = await createMember(use(), org, 'reader');
    office = await createMember(use(), org, 'portfolio-office');
  });

  it('blanks them for a reader and says they were withheld', async () => {
    const seen = await read(reader);
    expect(seen).toMatchObject({ funding: [], riskLevel: null, riskText: null, withheld: ['money', 'risk'] });
    expect(seen.decisions.map((d) => d.rationale)).toEqual([null]);
  });

  it('does not let a reader find an initiative by words of its internal risk text', async () => {
    const search = async (user: TestUser) => {
      const res = await api.requestAs(bearer(user.token), {
        method: 'GET',
        url: url(`/initiatives?q=${encodeURIComponent('konkurs')}`),
      });
      return json<{ items: { id: string }[] }>(res).items.map((i) => i.id);
    };
    expect(await search(office)).toEqual([id]);
    expect(await search(reader)).toEqual([]);
  });

  it('shows them to the portfolio office', async () => {
    const seen = await read(office);
    expect(seen.funding).toHaveLength(1);
    expect(seen).toMatchObject({ riskLevel: 'high', riskText: 'Leverandøren kan gå konkurs' });
    expect(seen.withheld).toBeUndefined();
    expect(seen.decisions.map((d) => d.rationale)).toEqual(['Budsjettet er brukt opp i år']);
  });

  it('keeps them out of the history a reader sees', async () => {
    const res = await api.requestAs(bearer(reader.token), {
      method: 'GET',
      url: url(`/initiatives/${id}/history`),
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Leverandøren');
    expect(res.body).not.toContain('2000000');
    expect(res.body).not.toContain('Budsjettet');
  });

  it('refuses a write to a field the writer cannot read, and changes nothing', async () => {
    const contributor = await createMember(use(), org, 'contributor');
    const own = json<{ id: string; version: number }>(
      await api.requestAs(bearer(contributor.token), {
        method: 'POST',
        url: url('/initiatives'),
        payload: { title: 'Eget' },
      }),
    );
    const res = await api.requestAs(bearer(contributor.token), {
      method: 'PATCH',
      url: url(`/initiatives/${own.id}`),
      headers: { 'if-match': `"v${own.version}"` },
      payload: { funding: [] },
    });
    expect(res.statusCode).toBe(403);
    expect(json<{ detail: string }>(res).detail).toContain('funding');
  });
});
