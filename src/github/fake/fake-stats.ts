export interface FakeStats {
  /** Every HTTP request the fake received, faults included. */
  requests: number;
  /** Requests that spent rate-limit budget (core or graphql). */
  counted: number;
  /** 304 answers to conditional requests, which spend nothing. */
  notModified: number;
  /** `METHOD /template` (REST) or `POST /graphql` → requests. */
  byRoute: Record<string, number>;
  /** Successful REST writes and GraphQL mutations. */
  writes: number;
}

export function emptyStats(): FakeStats {
  return { requests: 0, counted: 0, notModified: 0, byRoute: {}, writes: 0 };
}

export function countRoute(stats: FakeStats, key: string): void {
  stats.byRoute[key] = (stats.byRoute[key] ?? 0) + 1;
}
