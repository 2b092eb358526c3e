import type { z } from 'zod';
import { ApiError, NetworkError, ReceivedProblemSchema, UnexpectedResponseError } from './errors';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export type QueryValue = string | number | boolean | null | undefined;

export interface HttpOptions {
  /** Server root, e.g. "http://127.0.0.1:3000"; "" for the same origin in a browser. */
  baseUrl: string;
  /** Defaults to the global fetch (Node 20 and browsers). */
  fetch?: FetchLike;
  /** Abort a request that takes longer; none by default. */
  timeoutMs?: number;
  /** An API token, sent as "Authorization: Bearer <token>" (CLI, scripts). */
  token?: string;
  /** The session's CSRF token for writes (the web app, which signs in with a cookie). */
  csrfToken?: () => string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  ifMatch?: string;
}

export interface HttpResponse {
  status: number;
  etag: string | null;
  body: unknown;
}

const stripTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${stripTrailingSlash(baseUrl)}${path}${search ? `?${search}` : ''}`;
}

/** Node's fetch hides the real reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function reasonOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err.name === 'TimeoutError') return 'timed out';
  if (err.name === 'AbortError') return 'aborted';
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' && !cause.message.includes(code)
      ? `${code} ${cause.message}`
      : cause.message;
  }
  return err.message;
}

/** JSON over fetch: problem+json answers become ApiError, everything else unexpected is named. */
export class HttpTransport {
  private readonly fetchImpl: FetchLike;

  constructor(private readonly options: HttpOptions) {
    // Browsers refuse fetch called with another `this` ("Illegal invocation"), so never store it bare.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const url = buildUrl(this.options.baseUrl, request.path, request.query);
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (request.ifMatch !== undefined) headers['if-match'] = request.ifMatch;
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    const csrf = SAFE_METHODS.has(request.method) ? null : (this.options.csrfToken?.() ?? null);
    if (csrf) headers['x-csrf-token'] = csrf;
    const init: RequestInit = {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    };
    if (this.options.timeoutMs !== undefined) init.signal = AbortSignal.timeout(this.options.timeoutMs);

    let response: Response;
    try {
      response = await this.fetchImpl(url, init);
    } catch (err) {
      throw new NetworkError(request.method, url, reasonOf(err), { cause: err });
    }
    const body = await readBody(request.method, url, response);
    if (!response.ok) {
      const problem = ReceivedProblemSchema.safeParse(body);
      if (problem.success) throw new ApiError(problem.data, request.method, url);
      throw new UnexpectedResponseError(
        request.method,
        url,
        response.status,
        'an error without problem details',
      );
    }
    return { status: response.status, etag: response.headers.get('etag'), body };
  }

  /** Sends and parses the answer with the contract's schema. */
  async sendParsed<T>(request: HttpRequest, schema: z.ZodType<T>): Promise<{ data: T; etag: string | null }> {
    const response = await this.send(request);
    const parsed = schema.safeParse(response.body);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'shape mismatch';
      throw new UnexpectedResponseError(
        request.method,
        buildUrl(this.options.baseUrl, request.path, request.query),
        response.status,
        `does not match the contract (${where})`,
      );
    }
    return { data: parsed.data, etag: response.etag };
  }
}

async function readBody(method: string, url: string, response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type)) {
    if (!response.ok) return undefined;
    throw new UnexpectedResponseError(
      method,
      url,
      response.status,
      `expected JSON, got ${type || 'no content type'}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UnexpectedResponseError(
      method,
      url,
      response.status,
      `invalid JSON (${(err as Error).message})`,
    );
  }
}
