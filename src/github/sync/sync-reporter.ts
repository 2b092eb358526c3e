import type { SyncCounts, SyncPhase, SyncReport } from '../../contracts/github-sync';
import type { ClientStats } from '../http/client-stats';

/** Skipped items listed by name in a report; the count has them all. */
const LISTED_SKIPS = 200;
const LISTED_ERRORS = 100;

/** Collects what a run does, for its report: counts, reasons, errors, and what GitHub cost. */
export class SyncReporter {
  readonly counts: SyncCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0, skipped: 0 };
  readonly #skipped: { ref: string; reason: string }[] = [];
  readonly #errors: { ref: string | null; message: string }[] = [];
  readonly #skippedKeys = new Set<string>();
  #phase: SyncPhase = 'starting';
  #rereading = false;
  #done = 0;
  #total: number | null = null;

  constructor(private readonly onChange: () => void = () => {}) {}

  phase(name: SyncPhase, total: number | null = null): void {
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

  /**
   * While on, items found unchanged are not counted: the run is reading again what it has just read
   * (an import's first reconcile), and they were counted the first time.
   */
  rereading(on: boolean): void {
    this.#rereading = on;
  }

  count(outcome: keyof SyncCounts, n = 1): void {
    if (outcome === 'unchanged' && this.#rereading) return;
    this.counts[outcome] += n;
  }

  /** Each item is counted skipped once per reason, however many times a run meets it. */
  skip(ref: string, reason: string): void {
    const key = `${ref}\n${reason}`;
    if (this.#skippedKeys.has(key)) return;
    this.#skippedKeys.add(key);
    this.counts.skipped += 1;
    if (this.#skipped.length < LISTED_SKIPS) this.#skipped.push({ ref, reason });
  }

  /** An error about one thing (a repository, an issue) is reported once per run. */
  error(ref: string | null, message: string): void {
    if (ref !== null && this.#errors.some((e) => e.ref === ref)) return;
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
