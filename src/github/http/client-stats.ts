import type { RetryReason } from './classify-answer';
import type { RateReading, RateState } from './read-rate-headers';

export interface RetryRecord {
  reason: RetryReason;
  method: string;
  path: string;
  waitedMs: number;
}

/** What the client has done since it was made or since `resetStats()`. */
export interface ClientStats {
  /** HTTP requests sent, every attempt included. */
  requests: number;
  /** Requests that count against a rate limit: all answered ones except 304s and `GET /rate_limit`. */
  counted: number;
  notModified: number;
  /** Mutating requests sent (REST writes and GraphQL mutations), every attempt included. */
  writes: number;
  retries: RetryRecord[];
  /** Time spent spacing requests out because a budget ran low (not counted in `retries`). */
  throttledMs: number;
  rate: { core?: RateState; graphql?: RateState };
}

/** A long-lived client must not grow without bound; the newest retries are the ones worth showing. */
const MAX_RETRY_RECORDS = 1_000;

/** Counts as the transport goes; `snapshot()` hands out a copy the caller may keep. */
export class StatsRecorder {
  #stats: ClientStats = StatsRecorder.#empty();

  static #empty(): ClientStats {
    return { requests: 0, counted: 0, notModified: 0, writes: 0, retries: [], throttledMs: 0, rate: {} };
  }

  sent(write: boolean): void {
    this.#stats.requests += 1;
    if (write) this.#stats.writes += 1;
  }

  answered(status: number, rateFree: boolean, reading: RateReading | null): void {
    if (status === 304) this.#stats.notModified += 1;
    else if (!rateFree) this.#stats.counted += 1;
    if (reading && (reading.resource === 'core' || reading.resource === 'graphql')) {
      this.#stats.rate[reading.resource] = reading.state;
    }
  }

  retried(record: RetryRecord): void {
    this.#stats.retries.push(record);
    if (this.#stats.retries.length > MAX_RETRY_RECORDS) this.#stats.retries.shift();
  }

  throttled(ms: number): void {
    this.#stats.throttledMs += ms;
  }

  /** The last budget GitHub reported for a resource (kept across `reset()`: it is GitHub's state). */
  rate(resource: 'core' | 'graphql'): RateState | undefined {
    return this.#stats.rate[resource];
  }

  snapshot(): ClientStats {
    const s = this.#stats;
    return {
      ...s,
      retries: s.retries.map((r) => ({ ...r })),
      rate: {
        ...(s.rate.core ? { core: { ...s.rate.core } } : {}),
        ...(s.rate.graphql ? { graphql: { ...s.rate.graphql } } : {}),
      },
    };
  }

  reset(): void {
    const rate = this.#stats.rate;
    this.#stats = StatsRecorder.#empty();
    this.#stats.rate = rate;
  }
}
