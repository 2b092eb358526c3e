/**
 * Runs mutating requests one at a time, in the order asked, each starting at least `intervalMs`
 * after the previous one ended: GitHub's advice against secondary rate limits.
 */
export class WritePacer {
  readonly #intervalMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  #tail: Promise<void> = Promise.resolve();
  #lastEnd: number | null = null;

  constructor(intervalMs: number, now: () => number, sleep: (ms: number) => Promise<void>) {
    this.#intervalMs = intervalMs;
    this.#now = now;
    this.#sleep = sleep;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(async () => {
      if (this.#lastEnd !== null) {
        const wait = this.#lastEnd + this.#intervalMs - this.#now();
        if (wait > 0) await this.#sleep(wait);
      }
      try {
        return await task();
      } finally {
        this.#lastEnd = this.#now();
      }
    });
    // The queue only orders the writes: each caller gets its own outcome, failure included, from
    // `result`, so the next write waits for this one to settle either way.
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
