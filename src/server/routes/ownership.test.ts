import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { bearer, createMember, type TestUser } from '../testing/test-accounts';
import { json, useTestApi } from '../testing/test-app';

type Made = { id: string; version: number; key?: string; submitterId?: string | null };

/** 'own' grants: contributors their drafts, product owners their products, team leads their teams. */
describeEachDatabase('what is one’s own', (use) => {
  const api = useTestApi(use);
  let org = '';
  const url = (path: string) => `/api/v1/orgs/${org}${path}`;
  const as = (
    user: TestUser,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    payload?: object,
    version?: number,
  ) =>
    api.requestAs(bearer(user.token), {
      method,
      url: url(path),
      headers: version ? { 'if-match': `"v${version}"` } : {},
      ...(payload ? { payload } : {}),
    });
  const make = async (path: string, payload: object): Promise<Made> => {
    const res = await api.request({ method: 'POST', url: url(path), payload });
    if (res.statusCode !== 201) throw new Error(`${path}: ${res.body}`);
    return json<Made>(res);
  };

  beforeAll(async () => {
    org = await api.freshOrg();
  });

  describe('a contributor', () => {
    it('proposes as the submitter, edits the draft, and loses it once the office moves it on', async () => {
      const contributor = await createMember(use(), org, 'contributor', { name: 'Kari Bidragsyter' });
      const res = await as(contributor, 'POST', '/initiatives', { title: 'Mitt forslag' });
      expect(res.statusCode).toBe(201);
      const draft = json<Made>(res);
      // A person was created for the account and made the submitter.
      expect(draft.submitterId).toEqual(expect.any(String));
      const person = json<{ name: string }>(
        await api.request({ method: 'GET', url: url(`/people/${draft.submitterId}`) }),
      );
      expect(person.name).toBe('Kari Bidragsyter');

      const edited = await as(
        contributor,
        'PATCH',
        `/initiatives/${draft.id}`,
        { description: 'Mer tekst' },
        draft.version,
      );
      expect(edited.statusCode).toBe(200);

      // The office readies the gate and takes the proposal into the Problem phase.
      const ready = await api.request({
        method: 'PATCH',
        url: url(`/initiatives/${draft.id}`),
        headers: { 'if-match': `"v${json<Made>(edited).version}"` },
        payload: {
          ownerId: draft.submitterId,
          checkedCriteria: [
            'judged-important',
            'balanced-portfolio',
            'no-obvious-obstacles',
            'problem-scope',
          ],
        },
      });
      const moved = await api.request({
        method: 'POST',
        url: url(`/initiatives/${draft.id}/transitions`),
        headers: { 'if-match': `"v${json<Made>(ready).version}"` },
        payload: { to: 'problem', outcome: 'approved', rationale: 'Tatt opp' },
      });
      expect(moved.statusCode, moved.body).toBe(201);
      const after = json<{ initiative: Made }>(moved).initiative;
      const refused = await as(
        contributor,
        'PATCH',
        `/initiatives/${draft.id}`,
        { description: 'Enda mer' },
        after.version,
      );
      expect(refused.statusCode).toBe(403);
      expect(json(refused).code).toBe('forbidden');
    });

    it('writes status updates on its own initiatives only', async () => {
      const contributor = await createMember(use(), org, 'contributor');
      const own = json<Made>(await as(contributor, 'POST', '/initiatives', { title: 'Eget' }));
      const other = await make('/initiatives', { title: 'Andres' });
      expect(
        (await as(contributor, 'POST', `/initiatives/${own.id}/status-updates`, { text: 'Går fint' }))
          .statusCode,
      ).toBe(201);
      const refused = await as(contributor, 'POST', `/initiatives/${other.id}/status-updates`, {
        text: 'Hei',
      });
      expect(refused.statusCode).toBe(403);
    });
  });

  describe('a product owner and team lead', () => {
    it('keeps the roadmap elements of its products and the epics of its teams, and nothing else', async () => {
      const person = await make('/people', { name: 'Per Produkteier' });
      const group = await make('/product-groups', { slug: 'grp', name: 'Gruppe' });
      const mine = await make('/products', { slug: 'mitt', name: 'Mitt produkt', productGroupId: group.id });
      const theirs = await make('/products', {
        slug: 'deres',
        name: 'Deres produkt',
        productGroupId: group.id,
      });
      const myTeam = await make('/teams', {
        slug: 'mitt-team',
        name: 'Mitt team',
        type: 'stream-aligned',
        productIds: [mine.id],
        members: [{ personId: person.id }],
      });
      const otherTeam = await make('/teams', { slug: 'annet', name: 'Annet team', type: 'platform' });
      const owner = await createMember(use(), org, 'product-owner', { personId: person.id });

      const element = await as(owner, 'POST', '/roadmap/elements', { title: 'Vårt', productId: mine.id });
      expect(element.statusCode).toBe(201);
      expect(
        (await as(owner, 'POST', '/roadmap/elements', { title: 'Deres', productId: theirs.id })).statusCode,
      ).toBe(403);
      const created = json<Made>(element);
      // Moving one's element to another's product is taking it away: refused.
      const moved = await as(
        owner,
        'PATCH',
        `/roadmap/elements/${created.id}`,
        { productId: theirs.id },
        created.version,
      );
      expect(moved.statusCode).toBe(403);

      const epic = await as(owner, 'POST', '/backlog/items', {
        kind: 'epic',
        title: 'Epos',
        teamId: myTeam.id,
      });
      expect(epic.statusCode).toBe(201);
      expect(
        (await as(owner, 'POST', '/backlog/items', { kind: 'epic', title: 'X', teamId: otherTeam.id }))
          .statusCode,
      ).toBe(403);
      const link = await as(owner, 'POST', `/roadmap/elements/${created.id}/epics`, {
        epicId: json<Made>(epic).id,
      });
      expect(link.statusCode).toBe(200);
    });
  });
});
