/** One rate-limit budget as GitHub reports it in every answer's headers. */
export interface RateState {
  limit: number;
  remaining: number;
  used: number;
  /** When the budget refills (ISO 8601). */
  resetAt: string;
}

export type RateResource = 'core' | 'graphql';

export interface RateReading {
  resource: string;
  state: RateState;
}

const integer = (value: string | null): number | null => {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
};

/**
 * The budget an answer reports, or null when its headers do not say (proxies, some errors).
 * `x-ratelimit-resource` names the budget; without it the caller's guess (`fallback`) is used.
 */
export function readRateHeaders(headers: Headers, fallback: RateResource): RateReading | null {
  const limit = integer(headers.get('x-ratelimit-limit'));
  const remaining = integer(headers.get('x-ratelimit-remaining'));
  const reset = integer(headers.get('x-ratelimit-reset'));
  if (limit === null || remaining === null || reset === null) return null;
  const used = integer(headers.get('x-ratelimit-used')) ?? Math.max(0, limit - remaining);
  return {
    resource: headers.get('x-ratelimit-resource')?.trim() || fallback,
    state: { limit, remaining, used, resetAt: new Date(reset * 1000).toISOString() },
  };
}
