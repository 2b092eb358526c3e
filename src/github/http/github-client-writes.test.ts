import { describe, expect, it } from 'vitest';
import { useStubClient } from './testing/use-stub-client';

const start = useStubClient();

describe('GithubClient.request', () => {
  it('sends JSON and returns status and data', async () => {
    const { stub, client } = await start(() => ({ status: 201, body: { number: 7 } }));
    const answer = await client.request<{ number: number }>('POST', '/repos/o/r/issues', {
      owner: 'o',
      body: { title: 'Epos' },
    });
    expect(answer).toMatchObject({ status: 201, data: { number: 7 } });
    expect(stub.requests[0]).toMatchObject({ method: 'POST', body: '{"title":"Epos"}' });
    expect(stub.requests[0]?.headers['content-type']).toBe('application/json');
    expect(client.stats()).toMatchObject({ requests: 1, writes: 1, counted: 1 });
  });

  it('paces writes: one at a time, writeIntervalMs apart on the injected clock, in order', async () => {
    let inFlight = 0;
    let most = 0;
    const seenAt: [string, number][] = [];
    const { client, clock } = await start(
      async (req) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        seenAt.push([req.body, clock.now()]);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        return { status: 200, body: {} };
      },
      { writeIntervalMs: 1_500 },
    );
    await Promise.all([
      client.request('PATCH', '/x/1', { owner: 'o', body: 1 }),
      client.request('PATCH', '/x/2', { owner: 'o', body: 2 }),
      client.request('DELETE', '/x/3', { owner: 'o' }),
    ]);
    expect(most).toBe(1);
    expect(seenAt.map(([body]) => body)).toEqual(['1', '2', '']);
    const times = seenAt.map(([, t]) => t);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1_500);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(1_500);
    expect(clock.slept).toEqual([1_500, 1_500]);
  });

  it('does not pace reads', async () => {
    const { client, clock } = await start(() => ({ body: {} }));
    await Promise.all([client.get('/a', { owner: 'o' }), client.get('/b', { owner: 'o' })]);
    expect(clock.slept).toEqual([]);
  });
});

describe('GithubClient.request redirects', () => {
  it.each([301, 307])('follows %i with the same method and body', async (status) => {
    const { stub, client } = await start((req) =>
      req.url === '/repos/old/r/issues'
        ? { status, headers: { location: '/repos/new/r/issues' } }
        : { status: 201, body: { created: req.method } },
    );
    const answer = await client.request('POST', '/repos/old/r/issues', {
      owner: 'old',
      body: { title: 't' },
    });
    expect(answer).toMatchObject({ status: 201, data: { created: 'POST' } });
    expect(answer.finalUrl).toBe(`${stub.origin}/repos/new/r/issues`);
    expect(stub.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      'POST /repos/old/r/issues {"title":"t"}',
      'POST /repos/new/r/issues {"title":"t"}',
    ]);
    expect(stub.requests[1]?.headers.authorization).toMatch(/^Bearer /);
  });

  it('does not take the token to another host', async () => {
    const { stub, client } = await start(() => ({
      status: 307,
      headers: { location: 'http://localhost:9/x' },
    }));
    await expect(client.request('PATCH', '/x', { owner: 'o', body: {} })).rejects.toMatchObject({
      code: 'unavailable',
      status: 307,
    });
    expect(stub.requests).toHaveLength(1);
  });
});
