import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, NetworkError, UnexpectedResponseError } from './errors';
import { HttpTransport, buildUrl, type FetchLike } from './http';

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch that records what it was asked and answers with `answer`. */
function fakeFetch(answer: () => Response | Promise<Response>): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  return {
    seen,
    fetch: async (url, init) => {
      seen.push({ url, init });
      return answer();
    },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('buildUrl', () => {
  it('joins base and path and drops empty query values', () => {
    expect(buildUrl('http://h:1/', '/api/x', { a: 1, b: undefined, c: null, d: '', e: 'x y' })).toBe(
      'http://h:1/api/x?a=1&e=x+y',
    );
    expect(buildUrl('', '/api/x')).toBe('/api/x');
  });
});

describe('HttpTransport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('calls the global fetch on globalThis, as browsers require', async () => {
    vi.stubGlobal('fetch', function (this: unknown) {
      if (this !== globalThis) throw new TypeError('Illegal invocation');
      return Promise.resolve(json(200, { ok: true }));
    });
    const answer = await new HttpTransport({ baseUrl: '' }).send({ method: 'GET', path: '/x' });
    expect(answer.body).toEqual({ ok: true });
  });

  it('sends JSON with If-Match and returns the ETag', async () => {
    const { fetch, seen } = fakeFetch(() => json(200, { ok: true }, { etag: '"v3"' }));
    const http = new HttpTransport({ baseUrl: 'http://server', fetch });
    const answer = await http.send({ method: 'PATCH', path: '/p', body: { a: 1 }, ifMatch: '"v2"' });
    expect(answer).toEqual({ status: 200, etag: '"v3"', body: { ok: true } });
    const headers = seen[0]?.init.headers as Record<string, string>;
    expect(headers['if-match']).toBe('"v2"');
    expect(headers['content-type']).toBe('application/json');
    expect(seen[0]?.init.body).toBe('{"a":1}');
  });

  it('turns problem+json into an ApiError with code, status and unmet criteria', async () => {
    const problem = {
      type: 'https://rodtrad.dev/problems/gate-criteria-unmet',
      title: 'Gate criteria are not met',
      status: 422,
      code: 'gate-criteria-unmet',
      unmetCriteria: [{ id: 'owner', kind: 'field', label: 'Eier er satt' }],
    };
    const { fetch } = fakeFetch(
      () =>
        new Response(JSON.stringify(problem), {
          status: 422,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const http = new HttpTransport({ baseUrl: 'http://server', fetch });
    const err = await http.send({ method: 'POST', path: '/t', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const apiError = err as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe('gate-criteria-unmet');
    expect(apiError.unmetCriteria).toEqual([{ id: 'owner', kind: 'field', label: 'Eier er satt' }]);
  });

  it('keeps an error code it does not know as an ApiError', async () => {
    const { fetch } = fakeFetch(() =>
      json(409, { type: 't', title: 'T', status: 409, code: 'from-the-future' }),
    );
    const err = await new HttpTransport({ baseUrl: '', fetch })
      .send({ method: 'GET', path: '/' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('from-the-future');
  });

  it('names the URL when the server cannot be reached', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const fetch: FetchLike = () => Promise.reject(new TypeError('fetch failed', { cause: refused }));
    const err = await new HttpTransport({ baseUrl: 'http://127.0.0.1:9', fetch })
      .send({ method: 'GET', path: '/api/v1/orgs' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as Error).message).toContain('http://127.0.0.1:9/api/v1/orgs');
    expect((err as Error).message).toContain('ECONNREFUSED');
  });

  it('rejects answers that are not JSON or do not match the contract', async () => {
    const html = fakeFetch(
      () => new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    await expect(
      new HttpTransport({ baseUrl: '', fetch: html.fetch }).send({ method: 'GET', path: '/' }),
    ).rejects.toThrow(UnexpectedResponseError);
    const badGateway = fakeFetch(() => new Response('bad gateway', { status: 502 }));
    await expect(
      new HttpTransport({ baseUrl: '', fetch: badGateway.fetch }).send({ method: 'GET', path: '/' }),
    ).rejects.toThrow(/HTTP 502/);
    const wrongShape = fakeFetch(() => json(200, { name: 42 }));
    await expect(
      new HttpTransport({ baseUrl: '', fetch: wrongShape.fetch }).sendParsed(
        { method: 'GET', path: '/' },
        z.object({ name: z.string() }),
      ),
    ).rejects.toThrow(/does not match the contract \(name:/);
  });
});
