import { describe, expect, it } from 'vitest';
import { GithubClient } from './github-client';
import { GithubError } from './github-error';
import { fakeClock } from './testing/fake-clock';
import { rateHeaders } from './testing/stub-github';
import { TEST_TOKEN, useStubClient } from './testing/use-stub-client';

const start = useStubClient();

/** Answers the given replies in turn, then 200 `{ ok: true }`. */
function inTurn(
  ...replies: { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }[]
) {
  let i = 0;
  return () => replies[i++] ?? { body: { ok: true } };
}

describe('GithubClient retries', () => {
  it('retries 502 twice with growing waits, then succeeds', async () => {
    const { stub, client, clock } = await start(inTurn({ status: 502 }, { status: 502 }));
    const answer = await client.get('/repos/o/r', { owner: 'o' });
    expect(answer).toMatchObject({ status: 200, data: { ok: true } });
    expect(stub.requests).toHaveLength(3);
    expect(clock.slept).toEqual([1_000, 2_000]);
    expect(client.stats().retries).toEqual([
      { reason: 'bad-gateway', method: 'GET', path: '/repos/o/r', waitedMs: 1_000 },
      { reason: 'bad-gateway', method: 'GET', path: '/repos/o/r', waitedMs: 2_000 },
    ]);
  });

  it('gives up after maxRetries with code unavailable', async () => {
    const { stub, client } = await start(() => ({ status: 503, body: { message: 'down' } }), {
      maxRetries: 2,
    });
    const error = await client.get('/repos/o/r', { owner: 'o' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable', status: 503, githubMessage: 'down' });
    expect(stub.requests).toHaveLength(3);
  });

  it('waits retry-after seconds on a secondary rate limit', async () => {
    const { stub, client, clock } = await start(
      inTurn({
        status: 403,
        headers: { 'retry-after': '3' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
      }),
    );
    await client.get('/repos/o/r', { owner: 'o' });
    expect(stub.requests).toHaveLength(2);
    expect(clock.slept).toEqual([3_000]);
    expect(client.stats().retries[0]).toMatchObject({ reason: 'secondary-rate-limit', waitedMs: 3_000 });
  });

  it('waits a minute on a secondary rate limit without retry-after (429 too)', async () => {
    const { client, clock } = await start(
      inTurn(
        { status: 403, body: { message: 'You have exceeded a secondary rate limit' } },
        { status: 429, body: { message: 'Too many' } },
      ),
    );
    await client.get('/repos/o/r', { owner: 'o' });
    expect(clock.slept).toEqual([60_000, 60_000]);
  });

  it('retries a timed-out read', async () => {
    const { stub, client } = await start(inTurn({ status: 200, body: { late: true }, delayMs: 1_000 }), {
      timeoutMs: 50,
    });
    const answer = await client.get('/repos/o/r', { owner: 'o' });
    expect(answer).toMatchObject({ status: 200, data: { ok: true } });
    expect(stub.requests).toHaveLength(2);
    expect(client.stats().retries.map((r) => r.reason)).toEqual(['timeout']);
  });

  it('retries a read that met a network error, then fails with unavailable', async () => {
    const clock = fakeClock();
    const client = new GithubClient({
      baseUrl: 'http://127.0.0.1:9', // discard port: nothing listens there
      auth: { kind: 'token', token: TEST_TOKEN },
      maxRetries: 1,
      sleep: clock.sleep,
      now: clock.now,
    });
    const error = await client.get('/repos/o/r', { owner: 'o' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable', status: null });
    expect(client.stats().retries.map((r) => r.reason)).toEqual(['network']);
    expect(client.stats()).toMatchObject({ requests: 2, counted: 0 });
  });

  it('never retries a timed-out write: it may have been applied', async () => {
    const { stub, client } = await start(() => ({ status: 201, body: {}, delayMs: 1_000 }), {
      timeoutMs: 50,
    });
    const error = await client
      .request('POST', '/repos/o/r/issues', { owner: 'o', body: { title: 't' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubError);
    expect(error).toMatchObject({ code: 'timeout', method: 'POST', path: '/repos/o/r/issues' });
    expect(stub.requests).toHaveLength(1);
    expect(client.stats().retries).toEqual([]);
  });

  it('retries a write on 502 and 503 and a secondary limit, not on 500 or 504', async () => {
    const { stub, client } = await start(
      inTurn(
        { status: 502 },
        { status: 503 },
        { status: 429, headers: { 'retry-after': '1' } },
        { status: 504 },
      ),
    );
    const error = await client
      .request('PATCH', '/repos/o/r/issues/1', { owner: 'o', body: {} })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unavailable', status: 504 });
    expect(stub.requests).toHaveLength(4);
    expect(client.stats().retries.map((r) => r.reason)).toEqual([
      'bad-gateway',
      'server-error',
      'secondary-rate-limit',
    ]);
  });

  it('waits for the reset of a spent primary limit when it is near', async () => {
    const clock = fakeClock();
    const resetMs = clock.now() + 120_000;
    const { stub, client } = await start(
      inTurn({
        status: 403,
        headers: rateHeaders({ remaining: 0, resetMs }),
        body: { message: 'API rate limit exceeded' },
      }),
      { clock },
    );
    await client.get('/repos/o/r', { owner: 'o' });
    expect(stub.requests).toHaveLength(2);
    expect(clock.slept).toEqual([120_000]);
    expect(client.stats().retries[0]).toMatchObject({ reason: 'rate-limit', waitedMs: 120_000 });
  });

  it('throws rate-limited with the reset time when the reset is too far', async () => {
    const clock = fakeClock();
    const resetMs = clock.now() + 3_600_000;
    const { stub, client } = await start(
      () => ({
        status: 429,
        headers: rateHeaders({ remaining: 0, resetMs }),
        body: { message: 'API rate limit exceeded' },
      }),
      { clock, maxRateWaitMs: 60_000 },
    );
    const error = await client.get('/repos/o/r', { owner: 'o' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate-limited', resetAt: new Date(resetMs).toISOString() });
    expect(stub.requests).toHaveLength(1);
    // The client now knows the budget is spent: it does not even ask until the reset.
    await expect(client.get('/repos/o/r', { owner: 'o' })).rejects.toMatchObject({ code: 'rate-limited' });
    expect(stub.requests).toHaveLength(1);
  });

  it('spreads requests over the time to the reset when under 5 % of the budget is left', async () => {
    const clock = fakeClock();
    const resetMs = clock.now() + 50_000;
    const { client } = await start(() => ({ body: {}, headers: rateHeaders({ remaining: 100, resetMs }) }), {
      clock,
    });
    await client.get('/repos/o/r', { owner: 'o' });
    expect(clock.slept).toEqual([]);
    await client.get('/repos/o/r', { owner: 'o' });
    expect(clock.slept).toEqual([500]);
    expect(client.stats().throttledMs).toBe(500);
  });
});
