import { PGlite } from '@electric-sql/pglite';
import { hookPgQueries } from '../pg-query-hook';

export interface StatementTally {
  statements: number;
  ms: number;
}

/** Statements whose text starts with this are the benchmark's own (the phase poller): not counted. */
export const BENCH_STATEMENT = '/* bench */';

const HEAD_CHARS = 110;

/**
 * Sums the time of every database statement while `work` runs, without keeping the statements (an
 * import sends hundreds of thousands). PostgreSQL: each statement from send to answer, grouped by
 * the start of its text. PGlite runs in this thread: the time inside its engine (and its writes to
 * the data directory), per protocol exchange, with no text to group by.
 */
export class StatementTimer {
  readonly total: StatementTally = { statements: 0, ms: 0 };
  readonly byHead = new Map<string, StatementTally>();

  constructor(private readonly onStatement: (ms: number) => void = () => {}) {}

  async around<T>(kind: 'postgres' | 'pglite', work: () => Promise<T>): Promise<T> {
    const restore = kind === 'postgres' ? this.#patchPg() : this.#patchPglite();
    try {
      return await work();
    } finally {
      restore();
    }
  }

  /** The statement starts that took the longest altogether. */
  slowest(count: number): { head: string; tally: StatementTally }[] {
    return [...this.byHead.entries()]
      .map(([head, tally]) => ({ head, tally }))
      .sort((a, b) => b.tally.ms - a.tally.ms)
      .slice(0, count);
  }

  #book(head: string | null, ms: number): void {
    this.total.statements += 1;
    this.total.ms += ms;
    this.onStatement(ms);
    if (head === null) return;
    const tally = this.byHead.get(head) ?? { statements: 0, ms: 0 };
    tally.statements += 1;
    tally.ms += ms;
    this.byHead.set(head, tally);
  }

  #patchPg(): () => void {
    const book = (text: string, ms: number) => {
      if (text.startsWith(BENCH_STATEMENT)) return;
      this.#book(text.replace(/\s+/g, ' ').trim().slice(0, HEAD_CHARS), ms);
    };
    return hookPgQueries(([first]) => {
      const text = typeof first === 'string' ? first : ((first as { text?: string }).text ?? '');
      return (ms) => book(text, ms);
    });
  }

  #patchPglite(): () => void {
    // Every query, in or out of a transaction, ends in this synchronous call into the engine.
    const owner = ownerOf(PGlite.prototype, 'execProtocolRawSync');
    const sync = ownerOf(PGlite.prototype, 'syncToFs');
    const originalExec = owner.execProtocolRawSync as (this: unknown, ...a: unknown[]) => unknown;
    const originalSync = sync.syncToFs as (this: unknown, ...a: unknown[]) => Promise<unknown>;
    const book = (ms: number) => this.#book(null, ms);
    owner.execProtocolRawSync = function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return originalExec.apply(this, args);
      } finally {
        book(performance.now() - start);
      }
    };
    sync.syncToFs = async function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return await originalSync.apply(this, args);
      } finally {
        book(performance.now() - start);
      }
    };
    return () => {
      owner.execProtocolRawSync = originalExec;
      sync.syncToFs = originalSync;
    };
  }
}

/** The object on the prototype chain that defines `name` (PGlite's methods sit on a base class). */
function ownerOf(proto: object, name: string): Record<string, unknown> {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, name)) return p as Record<string, unknown>;
  }
  throw new Error(`PGlite has no ${name}: the statement timer needs updating for this PGlite`);
}
