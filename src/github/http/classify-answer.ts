import type { GithubErrorCode } from './github-error';

/** Why a request was sent again. */
export type RetryReason =
  'bad-gateway' | 'server-error' | 'timeout' | 'network' | 'secondary-rate-limit' | 'rate-limit';

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'retry'; reason: RetryReason; waitMs: number }
  | { kind: 'fail'; code: GithubErrorCode; resetAt?: string };

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  /** A GraphQL answer: rate limits may also come as HTTP 200 with `errors`. */
  graphql: boolean;
}

export interface Circumstances {
  /** A mutating request: GitHub may have applied it unless it says otherwise. */
  write: boolean;
  /** Retries already made for this request, for the backoff. */
  retriesSoFar: number;
  now: number;
  maxRateWaitMs: number;
}

const SECONDARY_WAIT_MS = 60_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;

export const backoffMs = (retriesSoFar: number): number =>
  Math.min(BACKOFF_BASE_MS * 2 ** retriesSoFar, BACKOFF_CAP_MS);

function messagesOf(answer: Answer): string[] {
  const body = answer.body as { message?: unknown; errors?: unknown } | null;
  const messages: string[] = [];
  if (typeof body?.message === 'string') messages.push(body.message);
  if (answer.graphql && Array.isArray(body?.errors)) {
    for (const error of body.errors as { message?: unknown }[]) {
      if (typeof error?.message === 'string') messages.push(error.message);
    }
  }
  return messages;
}

const graphqlErrorTypes = (answer: Answer): unknown[] => {
  const errors = (answer.body as { errors?: unknown } | null)?.errors;
  return answer.graphql && Array.isArray(errors) ? errors.map((e) => (e as { type?: unknown })?.type) : [];
};

/** Milliseconds until `x-ratelimit-reset`, or null without the header. */
function untilReset(headers: Headers, now: number): number | null {
  const reset = headers.get('x-ratelimit-reset');
  if (!reset || !/^\d+$/.test(reset.trim())) return null;
  return Math.max(0, Number(reset) * 1000 - now);
}

function rateWait(waitMs: number, reason: RetryReason, c: Circumstances): Verdict {
  if (waitMs > c.maxRateWaitMs) {
    return { kind: 'fail', code: 'rate-limited', resetAt: new Date(c.now + waitMs).toISOString() };
  }
  return { kind: 'retry', reason, waitMs };
}

/** Whether an answer is rate limiting, and how long GitHub asks us to wait. */
function rateLimitVerdict(answer: Answer, c: Circumstances): Verdict | null {
  const { status, headers } = answer;
  const limitedStatus = status === 403 || status === 429 || (answer.graphql && status === 200);
  if (!limitedStatus) return null;
  const retryAfter = headers.get('retry-after');
  const secondary =
    messagesOf(answer).some((m) => /secondary rate limit/i.test(m)) ||
    (status !== 200 && retryAfter !== null);
  const exhausted = headers.get('x-ratelimit-remaining')?.trim() === '0';
  const primary = (status !== 200 && exhausted) || graphqlErrorTypes(answer).includes('RATE_LIMITED');
  if (secondary) {
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) {
      return rateWait(Number(retryAfter) * 1000, 'secondary-rate-limit', c);
    }
    // GitHub's advice without retry-after: wait for the reset when the budget is spent, else a minute.
    const reset = exhausted ? untilReset(headers, c.now) : null;
    return rateWait(reset ?? SECONDARY_WAIT_MS, 'secondary-rate-limit', c);
  }
  if (primary) {
    return rateWait(untilReset(headers, c.now) ?? SECONDARY_WAIT_MS, 'rate-limit', c);
  }
  if (status === 429) return rateWait(SECONDARY_WAIT_MS, 'secondary-rate-limit', c);
  return null;
}

/**
 * What to do with an answer: accept it, send the request again after a wait, or fail with a code.
 * Writes are sent again only where GitHub certainly did not apply them (rate limits, 502, 503).
 */
export function classifyAnswer(answer: Answer, c: Circumstances): Verdict {
  const limited = rateLimitVerdict(answer, c);
  if (limited) return limited;
  const { status } = answer;
  if ((status >= 200 && status < 300) || status === 304) return { kind: 'ok' };
  if (status === 502 || status === 503 || (!c.write && (status === 500 || status === 504))) {
    return {
      kind: 'retry',
      reason: status === 502 ? 'bad-gateway' : 'server-error',
      waitMs: backoffMs(c.retriesSoFar),
    };
  }
  return { kind: 'fail', code: failureCode(status) };
}

function failureCode(status: number): GithubErrorCode {
  switch (status) {
    case 404:
      return 'not-found';
    case 410:
      return 'gone';
    case 401:
      return 'unauthorised';
    case 403:
      return 'forbidden';
    case 400:
    case 422:
      return 'invalid';
    default:
      return 'unavailable';
  }
}

/**
 * What to do when no answer came. A write that timed out may have been applied, and one cut off
 * mid-way too: those fail at once and the caller re-reads.
 */
export function classifyNoAnswer(err: unknown, c: Circumstances): Exclude<Verdict, { kind: 'ok' }> {
  const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
  if (c.write) return { kind: 'fail', code: timedOut ? 'timeout' : 'unavailable' };
  return { kind: 'retry', reason: timedOut ? 'timeout' : 'network', waitMs: backoffMs(c.retriesSoFar) };
}

/** The code to fail with when retries ran out. */
export function exhaustedCode(reason: RetryReason): GithubErrorCode {
  if (reason === 'timeout') return 'timeout';
  if (reason === 'rate-limit' || reason === 'secondary-rate-limit') return 'rate-limited';
  return 'unavailable';
}
