import type { FakeGitHub } from './fake-github';

export interface TestAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface TestRequestOptions {
  /** Sent as `Authorization: token …`; `test-token` by default, null for none. */
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  redirect?: RequestRedirect;
  signal?: AbortSignal;
}

/** Calls the fake's REST API as a client would (path below the REST root, or a full URL). */
export async function testRequest(
  fake: FakeGitHub,
  method: string,
  path: string,
  options: TestRequestOptions = {},
): Promise<TestAnswer> {
  const token = options.token === undefined ? 'test-token' : options.token;
  const url = path.startsWith('http') ? path : `${fake.baseUrl}${path}`;
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(token === null ? {} : { authorization: `token ${token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    redirect: options.redirect ?? 'manual',
    signal: options.signal,
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    body: isJson && text !== '' ? (JSON.parse(text) as unknown) : text,
  };
}

/** Posts a GraphQL document to the fake. */
export async function testGraphql(
  fake: FakeGitHub,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = 'test-token',
): Promise<TestAnswer> {
  const response = await fetch(fake.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}
