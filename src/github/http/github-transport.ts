import { classifyAnswer, classifyNoAnswer, exhaustedCode, type Verdict } from './classify-answer';
import type { StatsRecorder } from './client-stats';
import { describePath } from './describe-path';
import { GithubError } from './github-error';
import { readRateHeaders, type RateResource, type RateState } from './read-rate-headers';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Told after each answer; carries no headers and no secrets. */
export interface RequestEvent {
  method: string;
  path: string;
  status: number;
  ms: number;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
}

export interface TransportOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  maxRetries: number;
  maxRateWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  userAgent: string;
  onRequest?: (event: RequestEvent) => void;
  /** The path of the REST base (`/api/v3` on GHES), left out of the paths we report. */
  basePath: string;
  redact: (text: string) => string;
  stats: StatsRecorder;
}

export interface Outgoing {
  method: HttpMethod;
  url: URL;
  /** Asked before every attempt, so a retry after a long wait gets a fresh installation token. */
  bearer: () => Promise<string>;
  body?: unknown;
  etag?: string;
  resource: RateResource;
  /** Which rate budget the bearer spends (each App installation has its own). */
  budget: string;
  /** A mutating request: paced by the caller, retried only where GitHub did not apply it. */
  write: boolean;
}

export interface Incoming {
  status: number;
  headers: Headers;
  body: unknown;
  /** The URL that answered, after redirects (transferred issues, renamed repositories). */
  finalUrl: string;
}

interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  finalUrl: string;
}

type ParsedBody = { ok: true; value: unknown } | { ok: false; error: unknown };

/** An empty body (204, 304) is null. */
function parseJson(text: string): ParsedBody {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Redirects a write follows with its method and body (GitHub's moved repositories and issues). */
const REDIRECTS = new Set([301, 302, 307, 308]);
const MAX_HOPS = 5;

/** Under this share of its budget left, requests are spread over the time until the reset. */
const LOW_BUDGET_SHARE = 0.05;

/** One request to GitHub with retries, rate-limit waits, throttling and counting. */
export class GithubTransport {
  readonly #o: TransportOptions;
  readonly #budgets = new Map<string, RateState>();

  constructor(options: TransportOptions) {
    this.#o = options;
  }

  async send(out: Outgoing): Promise<Incoming> {
    const path = describePath(out.url, this.#o.basePath);
    const rateFree = out.method === 'GET' && path === '/rate_limit';
    for (let retries = 0; ; retries += 1) {
      if (!rateFree) await this.#throttle(out, path);
      const bearer = await out.bearer();
      const circumstances = {
        write: out.write,
        retriesSoFar: retries,
        now: this.#o.now(),
        maxRateWaitMs: this.#o.maxRateWaitMs,
      };
      const started = performance.now();
      this.#o.stats.sent(out.write);
      let answer: RawAnswer;
      let verdict: Verdict;
      try {
        answer = await this.#fetchOnce(out, bearer);
      } catch (err) {
        verdict = classifyNoAnswer(err, circumstances);
        const reason = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'network error';
        await this.#settle(verdict, out, path, retries, { status: null, githubMessage: reason, cause: err });
        continue;
      }
      const reading = readRateHeaders(answer.headers, out.resource);
      if (reading && reading.resource === out.resource) {
        this.#budgets.set(`${out.budget}:${out.resource}`, reading.state);
      }
      this.#o.stats.answered(answer.status, rateFree, out.budget === 'app-jwt' ? null : reading);
      this.#o.onRequest?.({
        method: out.method,
        path,
        status: answer.status,
        ms: Math.round(performance.now() - started),
        attempt: retries + 1,
      });
      const body = parseJson(answer.text);
      verdict = classifyAnswer(
        {
          status: answer.status,
          headers: answer.headers,
          body: body.ok ? body.value : null,
          graphql: out.resource === 'graphql',
        },
        circumstances,
      );
      if (verdict.kind === 'ok') return this.#accepted(answer, body, out, path);
      const message = body.ok ? (body.value as { message?: unknown } | null)?.message : undefined;
      await this.#settle(verdict, out, path, retries, {
        status: answer.status,
        githubMessage: typeof message === 'string' ? this.#o.redact(message) : null,
        requestId: answer.headers.get('x-github-request-id'),
      });
    }
  }

  /** Sleeps before a retry, or throws when the verdict is a failure or the retries are spent. */
  async #settle(
    verdict: Exclude<Verdict, { kind: 'ok' }>,
    out: Outgoing,
    path: string,
    retries: number,
    facts: {
      status: number | null;
      githubMessage: string | null;
      requestId?: string | null;
      cause?: unknown;
    },
  ): Promise<void> {
    if (verdict.kind === 'retry' && retries < this.#o.maxRetries) {
      this.#o.stats.retried({ reason: verdict.reason, method: out.method, path, waitedMs: verdict.waitMs });
      await this.#o.sleep(verdict.waitMs);
      return;
    }
    const code = verdict.kind === 'fail' ? verdict.code : exhaustedCode(verdict.reason);
    const resetAt =
      verdict.kind === 'fail'
        ? verdict.resetAt
        : code === 'rate-limited'
          ? new Date(this.#o.now() + verdict.waitMs).toISOString()
          : undefined;
    throw new GithubError({ code, method: out.method, path, ...facts, resetAt });
  }

  async #fetchOnce(out: Outgoing, bearer: string): Promise<RawAnswer> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': this.#o.userAgent,
      authorization: `Bearer ${bearer}`,
    };
    if (out.etag !== undefined) headers['if-none-match'] = out.etag;
    if (out.body !== undefined) headers['content-type'] = 'application/json';
    const signal = AbortSignal.timeout(this.#o.timeoutMs);
    const body = out.body === undefined ? undefined : JSON.stringify(out.body);
    if (out.method === 'GET') {
      const response = await this.#o.fetch(out.url, { method: 'GET', headers, redirect: 'follow', signal });
      // Reading the body is part of the attempt: a timeout while it streams is a timeout.
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, finalUrl: response.url };
    }
    // fetch would turn a POST redirected by 301/302 into a GET, and a write would seem to succeed
    // without being made: writes follow redirects here, keeping method and body, on the same host.
    let url = out.url;
    for (let hop = 0; ; hop += 1) {
      const response = await this.#o.fetch(url, {
        method: out.method,
        headers,
        body,
        redirect: 'manual',
        signal,
      });
      const text = await response.text();
      const location = response.headers.get('location');
      const target = location === null ? null : new URL(location, url);
      if (!REDIRECTS.has(response.status) || !target || target.origin !== url.origin || hop >= MAX_HOPS) {
        return { status: response.status, headers: response.headers, text, finalUrl: url.href };
      }
      url = target;
    }
  }

  /** An accepted answer must be JSON (or empty); a proxy's error page in a failure need not be. */
  #accepted(answer: RawAnswer, body: ParsedBody, out: Outgoing, path: string): Incoming {
    const { status, headers, finalUrl } = answer;
    if (body.ok) return { status, headers, finalUrl, body: body.value };
    throw new GithubError({
      code: 'unavailable',
      method: out.method,
      path,
      status: answer.status,
      githubMessage: 'the answer is not JSON',
      requestId: answer.headers.get('x-github-request-id'),
      cause: body.error,
    });
  }

  /** Spreads what is left of a low budget over the time until it resets; waits out an empty one. */
  async #throttle(out: Outgoing, path: string): Promise<void> {
    const state = this.#budgets.get(`${out.budget}:${out.resource}`);
    if (!state || state.limit <= 0 || state.remaining >= state.limit * LOW_BUDGET_SHARE) return;
    const untilReset = Date.parse(state.resetAt) - this.#o.now();
    if (untilReset <= 0) return;
    if (state.remaining <= 0 && untilReset > this.#o.maxRateWaitMs) {
      throw new GithubError({
        code: 'rate-limited',
        method: out.method,
        path,
        status: null,
        githubMessage: 'the rate limit is spent until its reset',
        resetAt: state.resetAt,
      });
    }
    const wait = Math.ceil(state.remaining <= 0 ? untilReset : untilReset / state.remaining);
    this.#o.stats.throttled(wait);
    await this.#o.sleep(wait);
  }
}
