import { beforeAll, expect, it } from 'vitest';
import type { SavedView } from '../../contracts/saved-views';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember, type TestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';

describeEachDatabase('saved views', (use) => {
  const api = useTestApi(use);
  let org = '';
  let reader: TestUser;
  let other: TestUser;
  const url = (path = '') => `/api/v1/orgs/${org}/saved-views${path}`;
  const as = (user: TestUser, method: 'GET' | 'POST' | 'DELETE', path = '', payload?: object) =>
    api.requestAs(bearer(user.token), { method, url: url(path), ...(payload ? { payload } : {}) });
  const namesSeenBy = async (user: TestUser) =>
    json<{ items: SavedView[] }>(await as(user, 'GET')).items.map((v) => v.name);

  beforeAll(async () => {
    org = await api.freshOrg();
    reader = await createMember(use(), org, 'reader', { name: 'Rita Leser' });
    other = await createMember(use(), org, 'contributor', { name: 'Ola Annen' });
  });

  it('keeps a view for its author, and shows a shared one to everyone', async () => {
    const mine = await as(reader, 'POST', '', { name: 'Røde i konsept', query: 'fase=konsept&helse=red' });
    expect(mine.statusCode).toBe(201);
    expect(json<SavedView>(mine)).toMatchObject({ shared: false, mine: true, ownerName: 'Rita Leser' });
    const shared = await as(other, 'POST', '', { name: 'Alle må-ha', query: 'prioritet=must', shared: true });
    expect(shared.statusCode).toBe(201);

    expect(await namesSeenBy(reader)).toEqual(['Alle må-ha', 'Røde i konsept']);
    expect(await namesSeenBy(other)).toEqual(['Alle må-ha']);
    const seen = json<{ items: SavedView[] }>(await as(reader, 'GET')).items;
    expect(seen.find((v) => v.name === 'Alle må-ha')).toMatchObject({ mine: false, ownerName: 'Ola Annen' });
  });

  it('refuses a second view with the same name by the same user, and a query with its "?"', async () => {
    await as(reader, 'POST', '', { name: 'Mine', query: 'q=a' });
    const again = await as(reader, 'POST', '', { name: 'Mine', query: 'q=b' });
    expect(again.statusCode).toBe(409);
    expect(json<{ code: string }>(again).code).toBe('duplicate');
    const questionMark = await as(reader, 'POST', '', { name: 'Spørsmål', query: '?q=a' });
    expect(questionMark.statusCode).toBe(400);
    expect(await namesSeenBy(reader)).not.toContain('Spørsmål');
  });

  it('lets only the author delete a view', async () => {
    const views = json<{ items: SavedView[] }>(await as(reader, 'GET')).items;
    const othersShared = views.find((v) => !v.mine);
    const own = views.find((v) => v.mine);
    if (!othersShared || !own) throw new Error('the views of the first test are missing');
    const refused = await as(reader, 'DELETE', `/${othersShared.id}`);
    expect(refused.statusCode).toBe(403);
    expect((await as(reader, 'DELETE', `/${own.id}`)).statusCode).toBe(204);
    expect(await namesSeenBy(reader)).not.toContain(own.name);
    // Someone else's private view is not found rather than forbidden: its existence is not told.
    const hidden = await as(other, 'POST', '', { name: 'Privat', query: 'q=x' });
    expect((await as(reader, 'DELETE', `/${json<SavedView>(hidden).id}`)).statusCode).toBe(404);
  });

  it('needs a token that may write to save a view', async () => {
    const readOnly = await createMember(use(), org, 'admin', { scope: 'read' });
    const res = await as(readOnly, 'POST', '', { name: 'Nei', query: '' });
    expect(res.statusCode).toBe(403);
    expect((await as(readOnly, 'GET')).statusCode).toBe(200);
  });
});
