export type RateResource = 'core' | 'graphql';

export interface RateBucket {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds when the window starts again. */
  reset: number;
}

const WINDOW_SECONDS = 3600;
const DEFAULT_LIMIT = 5000;

/** GitHub's primary rate limit: a budget per resource and hour. */
export class RateLimiter {
  private readonly buckets: Record<RateResource, RateBucket>;

  constructor(private readonly nowMs: () => number) {
    this.buckets = { core: this.fresh(DEFAULT_LIMIT), graphql: this.fresh(DEFAULT_LIMIT) };
  }

  /** The bucket as of now: a window that has passed is full again. */
  bucket(resource: RateResource): RateBucket {
    const bucket = this.buckets[resource];
    if (this.nowMs() / 1000 >= bucket.reset) this.buckets[resource] = this.fresh(bucket.limit);
    return this.buckets[resource];
  }

  exhausted(resource: RateResource): boolean {
    return this.bucket(resource).remaining <= 0;
  }

  take(resource: RateResource): void {
    const bucket = this.bucket(resource);
    bucket.remaining = Math.max(0, bucket.remaining - 1);
    bucket.used += 1;
  }

  set(resource: RateResource, limit: number, remaining: number): void {
    const bucket = this.bucket(resource);
    bucket.limit = limit;
    bucket.remaining = Math.min(remaining, limit);
    bucket.used = limit - bucket.remaining;
  }

  headers(resource: RateResource): Record<string, string> {
    const bucket = this.bucket(resource);
    return {
      'x-ratelimit-limit': String(bucket.limit),
      'x-ratelimit-remaining': String(bucket.remaining),
      'x-ratelimit-used': String(bucket.used),
      'x-ratelimit-reset': String(bucket.reset),
      'x-ratelimit-resource': resource,
    };
  }

  private fresh(limit: number): RateBucket {
    return { limit, remaining: limit, used: 0, reset: Math.floor(this.nowMs() / 1000) + WINDOW_SECONDS };
  }
}
