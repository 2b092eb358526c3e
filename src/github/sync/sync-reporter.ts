import type { SyncCounts, SyncReport } from '../../contracts/github-sync';
import type { ClientStats } from '../http/client-stats';

/** Skipped items listed by name in a report; the count has them all. */
const LISTED_SKIPS = 200;
const LISTED_ERRORS = 100;

/** Collects what a run does, for its report: counts, reasons, errors, and what GitHub cost. */
export class SyncReporter {
  readonly counts: SyncCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0, skipped: 0 };
  readonly #skipped: { ref: string; reason: string }[] = [];
  readonly #errors: { ref: string | null; message: string }[] = [];
  #phase = 'starting';
  #done = 0;
  #total: number | null = null;

  constructor(private readonly onChange: () => void = () => {}) {}

  phase(name: string, total: number | null = null): void {
    this.#phase = name;
    this.#done = 0;
    this.#total = total;
    this.onChange();
  }

  advance(n = 1, total?: number | null): void {
    this.#done += n;
    if (total !== undefined) this.#total = total;
    this.onChange();
  }

  count(outcome: keyof SyncCounts, n = 1): void {
    this.counts[outcome] += n;
  }

  skip(ref: string, reason: string): void {
    this.counts.skipped += 1;
    if (this.#skipped.length < LISTED_SKIPS) this.#skipped.push({ ref, reason });
  }

  error(ref: string | null, message: string): void {
    if (this.#errors.length < LISTED_ERRORS) this.#errors.push({ ref, message });
  }

  get hasErrors(): boolean {
    return this.#errors.length > 0;
  }

  toReport(stats: ClientStats): SyncReport {
    return {
      phase: this.#phase,
      progress: { done: this.#done, total: this.#total },
      counts: { ...this.counts },
      skipped: [...this.#skipped],
      requests: { total: stats.requests, counted: stats.counted, notModified: stats.notModified },
      writes: stats.writes,
      retries: stats.retries
        .slice(-LISTED_SKIPS)
        .map((r) => ({ reason: r.reason, method: r.method, path: r.path, waitedMs: r.waitedMs })),
      errors: [...this.#errors],
      rate: stats.rate,
    };
  }
}
