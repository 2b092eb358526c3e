import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';

interface Summary {
  key: string;
  title: string;
  priority: string | null;
  productGroupIds: string[];
  strategicItemIds: string[];
}
type Page = { items: Summary[]; nextCursor: string | null };

describeEachDatabase('initiative list API', (use) => {
  const api = useTestApi(use);
  let org = '';
  let groupId = '';
  let teamId = '';
  let goalId = '';
  const list = async (query: string) => {
    const res = await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/initiatives?${query}` });
    if (res.statusCode !== 200) throw new Error(res.body);
    return json<Page>(res);
  };
  const all = async (query: string) => {
    const keys: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      keys.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor;
    } while (cursor);
    return keys;
  };

  beforeAll(async () => {
    org = await api.freshOrg();
    const post = async (path: string, payload: object) =>
      json<{ id: string }>(
        await api.request({ method: 'POST', url: `/api/v1/orgs/${org}/${path}`, payload }),
      );
    groupId = (await post('product-groups', { slug: 'datadeling', name: 'Datadeling' })).id;
    teamId = (
      await post('teams', {
        slug: 'team-a',
        name: 'Team A',
        type: 'stream-aligned',
        productGroupIds: [groupId],
      })
    ).id;
    await post('initiatives', {
      title: 'Datakatalogen',
      description: 'Bedre søk i datasettene',
      priority: 'could',
      key: 'Sak 2-2025',
    });
    // Health is derived; a person's override with a written status update puts this one first.
    const red = await api.request({
      method: 'POST',
      url: `/api/v1/orgs/${org}/initiatives/${encodeURIComponent('Sak 2-2025')}/status-updates`,
      payload: { text: 'Leverandøren har trukket seg.', health: 'red' },
    });
    expect(red.statusCode).toBe(201);
    await post('initiatives', {
      title: 'Meldingsformidler',
      priority: 'must',
      allocation: { kind: 'teams', teamIds: [teamId] },
      key: 'Sak 10-2025',
    });
    await post('initiatives', {
      title: 'Altinn-integrasjon',
      priority: 'should',
      allocation: { kind: 'product-group', productGroupId: groupId },
      key: 'Sak 1-2026',
    });
    const source = await post('strategy/sources', { kind: 'agency-strategy', title: 'Strategi 2030' });
    goalId = (await post('strategy/items', { sourceId: source.id, kind: 'goal', title: 'Enklere tjenester' }))
      .id;
    await post('initiatives', {
      title: 'Brukerinnsikt',
      problemStatement: 'Innbyggerne finner ikke tjenestene',
      key: 'Sak 2-2026',
      strategicItemIds: [goalId],
    });
    await post('initiatives', { title: 'Eldre sak', priority: 'must', key: 'Sak 1-2024' });
  });

  it('sorts by case number across years and pages without gaps or repeats', async () => {
    expect(await all('sort=key')).toEqual([
      'Eldre sak',
      'Datakatalogen',
      'Meldingsformidler',
      'Altinn-integrasjon',
      'Brukerinnsikt',
    ]);
    expect(await all('sort=key&order=desc')).toEqual([
      'Brukerinnsikt',
      'Altinn-integrasjon',
      'Meldingsformidler',
      'Datakatalogen',
      'Eldre sak',
    ]);
    expect(await all('sort=title')).toEqual([
      'Altinn-integrasjon',
      'Brukerinnsikt',
      'Datakatalogen',
      'Eldre sak',
      'Meldingsformidler',
    ]);
    expect(await all('sort=priority')).toEqual([
      'Eldre sak',
      'Meldingsformidler',
      'Altinn-integrasjon',
      'Datakatalogen',
      'Brukerinnsikt',
    ]);
    expect(await all('sort=updatedAt')).toHaveLength(5);
    expect(await all('sort=health')).toEqual([
      'Datakatalogen',
      'Eldre sak',
      'Meldingsformidler',
      'Altinn-integrasjon',
      'Brukerinnsikt',
    ]);
    expect(await all('sort=phase&order=desc')).toHaveLength(5);
  });

  it('filters by priority, product group (directly or through teams), team and phase', async () => {
    expect((await list('priority=must')).items.map((i) => i.title).sort()).toEqual([
      'Eldre sak',
      'Meldingsformidler',
    ]);
    const byGroup = await list(`productGroup=${groupId}`);
    expect(byGroup.items.map((i) => i.title).sort()).toEqual(['Altinn-integrasjon', 'Meldingsformidler']);
    expect(byGroup.items.every((i) => i.productGroupIds.includes(groupId))).toBe(true);
    expect((await list(`team=${teamId}`)).items.map((i) => i.title)).toEqual(['Meldingsformidler']);
    expect((await list('phase=ikke-startet')).items).toHaveLength(5);
    expect((await list('phase=utfort')).items).toHaveLength(0);
    expect((await list('status=parked')).items).toHaveLength(0);
  });

  it('filters by health (none for not assessed) and by the strategic item served', async () => {
    expect((await list('health=red')).items.map((i) => i.title)).toEqual(['Datakatalogen']);
    expect((await list('health=green')).items).toEqual([]);
    expect((await list('health=none')).items.map((i) => i.title)).not.toContain('Datakatalogen');
    expect((await list('health=none')).items).toHaveLength(4);
    const serving = await list(`strategicItem=${goalId}`);
    expect(serving.items.map((i) => i.title)).toEqual(['Brukerinnsikt']);
    expect(serving.items[0]?.strategicItemIds).toEqual([goalId]);
  });

  it('searches title and texts with Norwegian stemming, and case keys', async () => {
    expect((await list('q=datasett')).items.map((i) => i.title)).toEqual(['Datakatalogen']);
    expect((await list('q=tjeneste')).items.map((i) => i.title)).toEqual(['Brukerinnsikt']);
    expect((await list(`q=${encodeURIComponent('10-2025')}`)).items.map((i) => i.title)).toEqual([
      'Meldingsformidler',
    ]);
    expect((await list(`q=${encodeURIComponent("'; DROP TABLE initiatives; --")}`)).items).toEqual([]);
    expect((await list('q=%25')).items).toEqual([]);
  });

  it('rejects bad list parameters', async () => {
    for (const q of [
      'limit=0',
      'limit=1000',
      'sort=owner',
      'order=up',
      'status=dead',
      'productGroup=abc',
      'health=blue',
      'strategicItem=abc',
      'cursor=%7B',
    ]) {
      const res = await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/initiatives?${q}` });
      expect({ q, status: res.statusCode, code: json(res).code }).toEqual({
        q,
        status: 400,
        code: 'validation-failed',
      });
    }
  });
});
