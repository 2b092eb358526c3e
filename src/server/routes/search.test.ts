import { beforeAll, expect, it } from 'vitest';
import type { SearchResult } from '../../contracts/search';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember, type TestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';

describeEachDatabase('the search API', (use) => {
  const api = useTestApi(use);
  let org = '';
  let otherOrg = '';
  let reader: TestUser;
  let elementId = '';
  let initiativeKey = '';

  const post = async (slug: string, path: string, payload: object) => {
    const res = await api.request({ method: 'POST', url: `/api/v1/orgs/${slug}${path}`, payload });
    expect(res.statusCode, res.body).toBe(201);
    return json<{ id: string; key?: string }>(res);
  };
  const search = async (q: string, extra = '', as?: TestUser) => {
    const res = await api.requestAs(bearer(as?.token ?? api.adminToken()), {
      method: 'GET',
      url: `/api/v1/orgs/${org}/search?q=${encodeURIComponent(q)}${extra}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return json<SearchResult>(res);
  };
  const titles = (group: { items: ({ title: string | null } | { name: string })[] }) =>
    group.items.map((i) => ('name' in i ? i.name : i.title));

  beforeAll(async () => {
    org = await api.freshOrg();
    otherOrg = await api.freshOrg();
    for (const name of ['Åse Ørnebakk', 'Bjørn Berg', 'Berit Bergli', 'Ola Bergersen'])
      await post(org, '/people', { name, title: name === 'Åse Ørnebakk' ? 'Produkteier' : undefined });
    await post(otherOrg, '/people', { name: 'Åse Ørnebakk' });

    initiativeKey =
      (
        await post(org, '/initiatives', {
          title: 'Ærlig økonomi for små kommuner',
          description: `${'Innledning uten treff. '.repeat(8)}Kommunene vil ha en felles digital lommebok for bevis.`,
          riskText: 'Hemmelig leverandørrisiko',
        })
      ).key ?? '';
    await post(org, '/initiatives', { title: 'Digital lommebok for innbyggere' });
    await post(org, '/initiatives', { title: 'Rabatt på 100% av gebyret' });
    elementId = (await post(org, '/roadmap/elements', { title: 'Lommebok i Altinn' })).id;
    await post(org, '/roadmap/elements', { title: 'Innsyn i egne saker' });
    const team = await post(org, '/teams', {
      slug: 'team-lommebok',
      name: 'Team Lommebok',
      type: 'stream-aligned',
    });
    await post(org, '/backlog/items', {
      kind: 'epic',
      title: 'Utstede lommebokbevis',
      teamId: team.id,
      roadmapElementIds: [elementId],
    });
    await post(org, '/backlog/items', { kind: 'issue', title: 'Lommebok: rett skrivefeil' });
    reader = await createMember(use(), org, 'reader');
  });

  it('finds every kind by a word in any case, titles that start with it first', async () => {
    const result = await search('LOMMEBOK');
    expect(result.q).toBe('LOMMEBOK');
    expect(titles(result.initiatives)).toEqual([
      'Digital lommebok for innbyggere',
      'Ærlig økonomi for små kommuner',
    ]);
    expect(titles(result.roadmapElements)).toEqual(['Lommebok i Altinn']);
    // Epics only: the issue with the same word is not listed.
    expect(result.epics.items).toEqual([
      expect.objectContaining({
        title: 'Utstede lommebokbevis',
        elementId,
        teamName: 'Team Lommebok',
        state: 'open',
      }),
    ]);
    expect(result.people.items).toEqual([]);
  });

  it('says where an initiative matched, with a snippet from its text', async () => {
    const [title, text] = (await search('lommebok')).initiatives.items;
    expect(title).toMatchObject({
      matchedIn: 'title',
      snippet: null,
      phase: 'ikke-startet',
      status: 'active',
    });
    expect(text?.matchedIn).toBe('description');
    expect(text?.snippet).toMatch(/^….*felles digital lommebok for bevis\.$/);
    const byKey = await search(initiativeKey);
    expect(byKey.initiatives.items.map((i) => [i.key, i.matchedIn])).toEqual([[initiativeKey, 'key']]);
  });

  it('folds Norwegian letters and needs every word, in any order', async () => {
    expect(titles((await search('ØRNEBAKK åse')).people)).toEqual(['Åse Ørnebakk']);
    expect((await search('åse')).people.items[0]).toMatchObject({ title: 'Produkteier' });
    expect(titles((await search('ærlig KOMMUNER')).initiatives)).toEqual(['Ærlig økonomi for små kommuner']);
    expect(titles((await search('ærlig innsyn')).initiatives)).toEqual([]);
  });

  it('stops at the limit and says there are more', async () => {
    const result = await search('berg', '&limit=2');
    expect(titles(result.people)).toEqual(['Berit Bergli', 'Bjørn Berg']);
    expect(result.people.more).toBe(true);
    expect((await search('berg')).people).toMatchObject({ more: false, items: { length: 3 } });
  });

  it('takes % and _ as letters, and never searches what may be internal', async () => {
    expect(titles((await search('100%')).initiatives)).toEqual(['Rabatt på 100% av gebyret']);
    expect((await search('%')).initiatives.items).toHaveLength(1);
    expect((await search('_')).people.items).toEqual([]);
    const risk = await search('leverandørrisiko');
    expect(risk.initiatives.items).toEqual([]);
    expect((await search('lommebok', '', reader)).initiatives.items).toHaveLength(2);
  });

  it('refuses an empty or too long query and a limit out of range', async () => {
    for (const query of ['q=', 'q=%20%20', `q=${'a'.repeat(201)}`, 'q=a&limit=0', 'q=a&limit=51']) {
      const res = await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/search?${query}` });
      expect({ query, status: res.statusCode, code: json(res).code }).toEqual({
        query,
        status: 400,
        code: 'validation-failed',
      });
    }
  });
});
