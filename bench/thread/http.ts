import { benchFetch } from '../bench-auth';
/** Minimal JSON over fetch for the thread figures: every answer is checked, bodies are read in full. */

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Answer<T> {
  body: T;
  etag: string | null;
}

async function answer<T>(res: Response, what: string, expected: number): Promise<Answer<T>> {
  if (res.status !== expected) {
    throw new HttpError(res.status, `${what} answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
  }
  return { body: (await res.json()) as T, etag: res.headers.get('etag') };
}

export async function getJson<T>(url: string): Promise<Answer<T>> {
  return answer<T>(await benchFetch(url), `GET ${url}`, 200);
}

export async function sendJson<T>(
  method: 'POST' | 'PATCH',
  url: string,
  body: unknown,
  options: { ifMatch?: string; expected?: number } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  // A POST without a body must not claim JSON: Fastify refuses an empty JSON body.
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const res = await benchFetch(url, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return answer<T>(res, `${method} ${url}`, options.expected ?? 200);
}
