import { describe, expect, it } from 'vitest';
import { collect } from './collect';
import { GithubError } from './github-error';
import type { RequestEvent } from './github-transport';
import { TEST_TOKEN, useStubClient } from './testing/use-stub-client';

const start = useStubClient();

describe('GithubClient.get', () => {
  it('sends the pinned version, the media type, the user agent and the token', async () => {
    const { stub, client } = await start(() => ({ body: { id: 1 }, headers: { etag: '"a"' } }));
    const answer = await client.get<{ id: number }>('/repos/o/r', { owner: 'o' });
    expect(answer).toMatchObject({ status: 200, data: { id: 1 }, etag: '"a"', link: {} });
    const headers = stub.requests[0]?.headers;
    expect(headers?.['x-github-api-version']).toBe('2022-11-28');
    expect(headers?.accept).toBe('application/vnd.github+json');
    expect(headers?.['user-agent']).toBe('rodtrad');
    expect(headers?.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(headers?.['if-none-match']).toBeUndefined();
  });

  it('asks conditionally with an ETag; a 304 is not counted against the rate limit', async () => {
    const { stub, client } = await start((req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304, headers: { etag: '"v1"' } }
        : { body: { id: 1 }, headers: { etag: '"v1"' } },
    );
    const first = await client.get('/repos/o/r/issues/1', { owner: 'o' });
    expect(first.etag).toBe('"v1"');
    const second = await client.get('/repos/o/r/issues/1', { owner: 'o', etag: '"v1"' });
    expect(second).toMatchObject({ status: 304, etag: '"v1"' });
    expect(stub.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(client.stats()).toMatchObject({ requests: 2, counted: 1, notModified: 1 });
  });

  it('does not count GET /rate_limit, and keeps the budget the headers report', async () => {
    const { client, clock } = await start(() => ({
      body: {},
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4990',
        'x-ratelimit-used': '10',
        'x-ratelimit-reset': String(Math.floor(clock.now() / 1000) + 600),
        'x-ratelimit-resource': 'core',
      },
    }));
    await client.get('/rate_limit', { owner: 'o' });
    expect(client.stats()).toMatchObject({ requests: 1, counted: 0 });
    expect(client.stats().rate.core).toEqual({
      limit: 5000,
      remaining: 4990,
      used: 10,
      resetAt: new Date(Math.floor(clock.now() / 1000) * 1000 + 600_000).toISOString(),
    });
  });

  it('follows a redirect and reports where the answer came from', async () => {
    const { stub, client } = await start((req) =>
      req.url === '/repos/old/r/issues/3'
        ? { status: 301, headers: { location: `${stub.origin}/repos/new/r/issues/3` } }
        : { body: { number: 3 } },
    );
    const answer = await client.get('/repos/old/r/issues/3', { owner: 'old' });
    expect(answer.status).toBe(200);
    expect(answer.finalUrl).toBe(`${stub.origin}/repos/new/r/issues/3`);
    expect(stub.requests[1]?.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it.each([
    [404, 'not-found'],
    [410, 'gone'],
    [401, 'unauthorised'],
    [403, 'forbidden'],
    [422, 'invalid'],
    [409, 'unavailable'],
  ] as const)('turns %i into a GithubError with code %s', async (status, code) => {
    const { client } = await start(() => ({
      status,
      body: { message: 'Nope' },
      headers: { 'x-github-request-id': 'ABCD:1234' },
    }));
    const error = await client
      .get('/repos/o/r/issues/9', { owner: 'o', query: { access_token: 'leak', state: 'all' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubError);
    expect(error).toMatchObject({
      code,
      status,
      method: 'GET',
      path: '/repos/o/r/issues/9?access_token=***&state=all',
      githubMessage: 'Nope',
      requestId: 'ABCD:1234',
    });
    expect(JSON.stringify(error)).not.toContain('leak');
  });

  it('tells onRequest about each answer, without headers', async () => {
    const events: RequestEvent[] = [];
    const { client } = await start(() => ({ body: {} }), { onRequest: (e) => events.push(e) });
    await client.get('/repos/o/r', { owner: 'o' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ method: 'GET', path: '/repos/o/r', status: 200, attempt: 1 });
    expect(Object.keys(events[0] ?? {}).sort()).toEqual(['attempt', 'method', 'ms', 'path', 'status']);
    expect(events[0]?.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('GithubClient.getPages', () => {
  it('follows page-number links', async () => {
    const { stub, client } = await start((req) => {
      const page = Number(new URL(req.url, stub.origin).searchParams.get('page') ?? '1');
      const next = `<${stub.origin}/repos/o/r/issues?state=all&per_page=2&page=${page + 1}>; rel="next"`;
      return {
        body: [{ n: page * 2 - 1 }, { n: page * 2 }].slice(0, page === 3 ? 1 : 2),
        headers: page < 3 ? { link: next } : {},
      };
    });
    const items = await collect(
      client.getPages<{ n: number }>('/repos/o/r/issues', {
        owner: 'o',
        query: { state: 'all', per_page: 2 },
      }),
    );
    expect(items.map((i) => i.n)).toEqual([1, 2, 3, 4, 5]);
    expect(stub.requests.map((r) => r.url)).toEqual([
      '/repos/o/r/issues?state=all&per_page=2',
      '/repos/o/r/issues?state=all&per_page=2&page=2',
      '/repos/o/r/issues?state=all&per_page=2&page=3',
    ]);
  });

  it('follows cursor links', async () => {
    const { stub, client } = await start((req) => {
      const after = new URL(req.url, stub.origin).searchParams.get('after');
      if (after === null) {
        return {
          body: [{ id: 'a' }],
          headers: {
            link: `<${stub.origin}/orgs/o/projectsV2/1/items?per_page=1&after=Y3Vyc29yMQ%3D%3D>; rel="next"`,
          },
        };
      }
      return { body: [{ id: after === 'Y3Vyc29yMQ==' ? 'b' : 'wrong' }] };
    });
    const items = await collect(
      client.getPages<{ id: string }>('/orgs/o/projectsV2/1/items', { owner: 'o', query: { per_page: 1 } }),
    );
    expect(items).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('sends each page its own ETag: an unchanged list costs nothing', async () => {
    const { stub, client } = await start((req) => {
      const page = new URL(req.url, stub.origin).searchParams.get('page') ?? '1';
      const etag = `"p${page}"`;
      const link = page === '1' ? { link: `<${stub.origin}/repos/o/r/issues?page=2>; rel="next"` } : {};
      if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag, ...link } };
      return { body: [{ page }], headers: { etag, ...link } };
    });
    const etags = new Map<string, string>();
    for await (const page of client.getPages('/repos/o/r/issues', { owner: 'o' })) {
      if (page.etag) etags.set(page.url, page.etag);
    }
    expect([...etags.values()]).toEqual(['"p1"', '"p2"']);
    client.resetStats();
    const again = [];
    for await (const page of client.getPages('/repos/o/r/issues', { owner: 'o', etags })) again.push(page);
    expect(again.map((p) => [p.status, p.items.length, p.etag])).toEqual([
      [304, 0, '"p1"'],
      [304, 0, '"p2"'],
    ]);
    expect(client.stats()).toMatchObject({ requests: 2, counted: 0, notModified: 2 });
    await expect(collect(client.getPages('/repos/o/r/issues', { owner: 'o', etags }))).rejects.toThrow(
      /unchanged page/,
    );
  });

  it('refuses to follow a link to another host with the token', async () => {
    const { stub, client } = await start(() => ({
      body: [1],
      headers: { link: '<https://evil.example/x?page=2>; rel="next"' },
    }));
    await expect(collect(client.getPages('/repos/o/r/issues', { owner: 'o' }))).rejects.toThrow(
      /refusing to call https:\/\/evil.example/,
    );
    expect(stub.requests).toHaveLength(1);
  });
});
