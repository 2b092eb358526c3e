import { describe, expect, it } from 'vitest';
import type { FetchLike } from './http';
import { RodtradClient } from './rodtrad-client';

const person = {
  id: '0b6f7c9e-8a51-4d1a-9a57-2f0c6f1f3a11',
  version: 4,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  name: 'Kari',
  email: null,
  title: null,
  roles: [],
};

function recordingClient(answer: (url: string) => Response) {
  const urls: string[] = [];
  const fetch: FetchLike = (url) => {
    urls.push(url);
    return Promise.resolve(answer(url));
  };
  return { urls, client: new RodtradClient({ baseUrl: 'http://s', org: 'demo', fetch }) };
}

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('RodtradClient', () => {
  it('encodes an initiative key in the path', async () => {
    const { client, urls } = recordingClient(() => json({ items: [] }));
    await client.initiatives.history('Sak 14-2026');
    expect(urls).toEqual(['http://s/api/v1/orgs/demo/initiatives/Sak%2014-2026/history']);
  });

  it('passes list filters as query parameters and leaves out the unset ones', async () => {
    const { client, urls } = recordingClient(() => json({ items: [], nextCursor: null }));
    await client.initiatives.list({ phase: 'konsept', q: 'skjema', sort: 'title', cursor: null });
    expect(urls).toEqual(['http://s/api/v1/orgs/demo/initiatives?phase=konsept&q=skjema&sort=title']);
  });

  it('falls back to the version for the ETag when the header is missing', async () => {
    const { client } = recordingClient(() => json(person));
    expect((await client.people.get(person.id)).etag).toBe('"v4"');
    const withHeader = recordingClient(() => json(person, { etag: '"v9"' }));
    expect((await withHeader.client.people.get(person.id)).etag).toBe('"v9"');
  });

  it('follows cursors to collect every page', async () => {
    const pages: Record<string, unknown> = {
      '': { items: [person], nextCursor: 'c1' },
      c1: { items: [{ ...person, name: 'Ola' }], nextCursor: null },
    };
    const { client, urls } = recordingClient((url) =>
      json(pages[new URL(url).searchParams.get('cursor') ?? '']),
    );
    const all = await client.people.listAll(1);
    expect(all.map((p) => p.name)).toEqual(['Kari', 'Ola']);
    expect(urls).toHaveLength(2);
  });

  it('scopes another organisation with withOrg', async () => {
    const { client, urls } = recordingClient(() => json({ items: [], nextCursor: null }));
    await client.withOrg('other').teams.list({ limit: 5 });
    // withOrg builds a new transport on the same fetch, so the recorded URL names the new org.
    expect(urls).toEqual(['http://s/api/v1/orgs/other/teams?limit=5']);
  });
});

describe('RodtradClient writes', () => {
  it('sends PUT workflow and transitions with If-Match to the right paths', async () => {
    const seen: { url: string; method: string | undefined; ifMatch: string | undefined }[] = [];
    const fetch: FetchLike = (url, init) => {
      seen.push({ url, method: init.method, ifMatch: (init.headers as Record<string, string>)['if-match'] });
      return Promise.resolve(new Response('{}', { status: 500, headers: { 'content-type': 'text/plain' } }));
    };
    const client = new RodtradClient({ baseUrl: 'http://s', org: 'demo', fetch });
    await expect(client.replaceWorkflow({ phases: [] }, '"v0"')).rejects.toThrow(/HTTP 500/);
    await expect(
      client.initiatives.transition('Sak 1-2026', { outcome: 'parked' }, '"v3"'),
    ).rejects.toThrow();
    await expect(client.initiatives.decisions('Sak 1-2026')).rejects.toThrow();
    expect(seen).toEqual([
      { url: 'http://s/api/v1/orgs/demo/workflow', method: 'PUT', ifMatch: '"v0"' },
      {
        url: 'http://s/api/v1/orgs/demo/initiatives/Sak%201-2026/transitions',
        method: 'POST',
        ifMatch: '"v3"',
      },
      {
        url: 'http://s/api/v1/orgs/demo/initiatives/Sak%201-2026/decisions',
        method: 'GET',
        ifMatch: undefined,
      },
    ]);
  });
});
