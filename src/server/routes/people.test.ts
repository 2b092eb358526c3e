import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';

describeEachDatabase('people API', (use) => {
  const api = useTestApi(use);

  const createPerson = async (org: string, payload: object) =>
    api.request({ method: 'POST', url: `/api/v1/orgs/${org}/people`, payload });

  it('creates, reads with an ETag, updates with If-Match and deletes', async () => {
    const org = await api.freshOrg();
    const created = await createPerson(org, {
      name: 'Kari Nordmann',
      email: 'kari@example.no',
      roles: ['portfolio-manager'],
    });
    expect(created.statusCode).toBe(201);
    const person = json<{ id: string; version: number }>(created);
    expect(created.headers.etag).toBe('"v1"');

    const read = await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/people/${person.id}` });
    expect(json(read)).toMatchObject({ name: 'Kari Nordmann', roles: ['portfolio-manager'] });

    const updated = await api.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${org}/people/${person.id}`,
      headers: { 'if-match': read.headers.etag as string },
      payload: { title: 'Porteføljestyrer' },
    });
    expect(updated.statusCode).toBe(200);
    expect(json(updated)).toMatchObject({ title: 'Porteføljestyrer', version: 2, email: 'kari@example.no' });

    const deleted = await api.request({
      method: 'DELETE',
      url: `/api/v1/orgs/${org}/people/${person.id}`,
      headers: { 'if-match': '"v2"' },
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/people/${person.id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect(json(gone)).toMatchObject({ code: 'not-found', status: 404 });
  });

  describe('bad input answers 4xx problem+json and changes nothing', () => {
    it('a stale If-Match answers 412', async () => {
      const org = await api.freshOrg();
      const { id } = json<{ id: string }>(await createPerson(org, { name: 'Ola' }));
      await api.request({
        method: 'PATCH',
        url: `/api/v1/orgs/${org}/people/${id}`,
        headers: { 'if-match': '"v1"' },
        payload: { name: 'Ola N.' },
      });
      const stale = await api.request({
        method: 'PATCH',
        url: `/api/v1/orgs/${org}/people/${id}`,
        headers: { 'if-match': '"v1"' },
        payload: { name: 'Overwritten' },
      });
      expect(stale.statusCode).toBe(412);
      expect(json(stale)).toMatchObject({ code: 'precondition-failed' });
      const read = json(await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/people/${id}` }));
      expect(read).toMatchObject({ name: 'Ola N.', version: 2 });
    });

    it('a write without If-Match answers 428', async () => {
      const org = await api.freshOrg();
      const { id } = json<{ id: string }>(await createPerson(org, { name: 'Per' }));
      const res = await api.request({
        method: 'PATCH',
        url: `/api/v1/orgs/${org}/people/${id}`,
        payload: { name: 'X' },
      });
      expect(res.statusCode).toBe(428);
      expect(json(res)).toMatchObject({ code: 'precondition-required' });
    });

    it('unknown fields and wrong types answer 400 with the fields named', async () => {
      const org = await api.freshOrg();
      const unknown = await createPerson(org, { name: 'Per', shoeSize: 44 });
      expect(unknown.statusCode).toBe(400);
      expect(json(unknown)).toMatchObject({ code: 'validation-failed' });
      const wrongType = await createPerson(org, { name: 42, roles: ['king'] });
      expect(wrongType.statusCode).toBe(400);
      const paths = json<{ issues: { path: string }[] }>(wrongType).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.roles.0']));
      const list = json<{ items: unknown[] }>(
        await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/people` }),
      );
      expect(list.items).toHaveLength(0);
    });

    it('a duplicate e-mail answers 409', async () => {
      const org = await api.freshOrg();
      await createPerson(org, { name: 'A', email: 'same@example.no' });
      const dup = await createPerson(org, { name: 'B', email: 'SAME@example.no' });
      expect(dup.statusCode).toBe(409);
      expect(json(dup)).toMatchObject({ code: 'duplicate' });
    });

    it('an oversized body answers 413', async () => {
      const org = await api.freshOrg();
      const res = await createPerson(org, { name: 'x'.repeat(300_000) });
      expect(res.statusCode).toBe(413);
      expect(json(res)).toMatchObject({ code: 'payload-too-large' });
    });

    it('a malformed id answers 400, an unknown organisation 404', async () => {
      const org = await api.freshOrg();
      expect(
        (await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/people/not-a-uuid` })).statusCode,
      ).toBe(400);
      const res = await api.request({ method: 'GET', url: `/api/v1/orgs/no-such-org/people` });
      expect(res.statusCode).toBe(404);
    });
  });

  it('never shows one organisation the rows of another', async () => {
    const ours = await api.freshOrg();
    const theirs = await api.freshOrg();
    const { id } = json<{ id: string }>(await createPerson(ours, { name: 'Hemmelig' }));
    const list = json<{ items: unknown[] }>(
      await api.request({ method: 'GET', url: `/api/v1/orgs/${theirs}/people` }),
    );
    expect(list.items).toHaveLength(0);
    expect(
      (await api.request({ method: 'GET', url: `/api/v1/orgs/${theirs}/people/${id}` })).statusCode,
    ).toBe(404);
    const patch = await api.request({
      method: 'PATCH',
      url: `/api/v1/orgs/${theirs}/people/${id}`,
      headers: { 'if-match': '"v1"' },
      payload: { name: 'x' },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('pages through a list with a cursor', async () => {
    const org = await api.freshOrg();
    for (const name of ['Anne', 'Bjørn', 'Cecilie', 'Dag', 'Eva']) await createPerson(org, { name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/orgs/${org}/people?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = json<{ items: { name: string }[]; nextCursor: string | null }>(
        await api.request({ method: 'GET', url }),
      );
      seen.push(...page.items.map((p) => p.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Anne', 'Bjørn', 'Cecilie', 'Dag', 'Eva']);
    const bad = await api.request({ method: 'GET', url: `/api/v1/orgs/${org}/people?cursor=garbage` });
    expect(bad.statusCode).toBe(400);
  });
});
