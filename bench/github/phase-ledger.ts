/** Where one phase of a run spent its time, as far as the benchmark can see it from outside. */
export interface PhaseTally {
  /** The run report's phase; a name seen again (the import's second pass) gets " #2". */
  phase: string;
  wallMs: number;
  /** Requests to the fake answered in this phase, and the time they took (waiting for GitHub). */
  requests: number;
  fakeMs: number;
  /** Database statements that finished in this phase, and their time from send to answer. */
  statements: number;
  dbMs: number;
}

/** Books requests and statements against the phase the run reports at the time they end. */
export class PhaseLedger {
  readonly #phases: PhaseTally[] = [];
  readonly #seen = new Map<string, number>();
  #current: PhaseTally;
  #since = performance.now();

  constructor(first = 'starting') {
    this.#current = this.#open(first);
  }

  /** The run reported `name`; nothing happens while it stays the same. */
  enter(name: string): void {
    const base = this.#current.phase.replace(/ #\d+$/, '');
    if (name === base) return;
    this.#close();
    this.#current = this.#open(name);
  }

  request(ms: number): void {
    this.#current.requests += 1;
    this.#current.fakeMs += ms;
  }

  statement(ms: number): void {
    this.#current.statements += 1;
    this.#current.dbMs += ms;
  }

  /** Closes the current phase and answers them all in order. */
  finish(): PhaseTally[] {
    this.#close();
    this.#current = this.#open('after the run');
    return this.#phases.filter((p) => p.wallMs > 0 || p.requests > 0 || p.statements > 0);
  }

  #open(name: string): PhaseTally {
    const n = (this.#seen.get(name) ?? 0) + 1;
    this.#seen.set(name, n);
    const tally = {
      phase: n > 1 ? `${name} #${n}` : name,
      wallMs: 0,
      requests: 0,
      fakeMs: 0,
      statements: 0,
      dbMs: 0,
    };
    this.#phases.push(tally);
    return tally;
  }

  #close(): void {
    const now = performance.now();
    this.#current.wallMs += now - this.#since;
    this.#since = now;
  }
}
