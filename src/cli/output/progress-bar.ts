import { processIo, type CliIo } from '../cli-io';
import { truncate } from './table';

/** Where a long job is: its phase and how far into it (total null: not known yet, only a count). */
export interface ProgressState {
  phase: string;
  done: number;
  total: number | null;
}

export interface ProgressBarOptions {
  write(text: string): void;
  /** A terminal: one line redrawn in place. Otherwise a log: a line per phase and now and then. */
  tty: boolean;
  /** The terminal's width, so the redrawn line never wraps (a wrapped line cannot be redrawn). */
  columns?: number;
  now?: () => number;
  /** In a log, the same phase is printed again at most this often. */
  logEveryMs?: number;
}

const BAR_WIDTH = 24;

/** "reading GitHub  [#####···]  12/40 (30 %)", or "reading GitHub  12" while the total is unknown. */
export function progressLine(state: ProgressState): string {
  if (state.total === null) return state.done > 0 ? `${state.phase}  ${state.done}` : state.phase;
  const share = state.total > 0 ? Math.min(1, state.done / state.total) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}]`;
  return `${state.phase}  ${bar}  ${state.done}/${state.total} (${Math.round(share * 100)} %)`;
}

/**
 * Progress on standard error. On a terminal one line is redrawn with \r; in a CI log a line is
 * printed when the phase changes and otherwise at most every few seconds, so the log stays readable.
 */
export class ProgressBar {
  readonly #options: ProgressBarOptions;
  readonly #now: () => number;
  #shown = '';
  #shownPhase: string | null = null;
  #shownAt = Number.NEGATIVE_INFINITY;

  constructor(options: ProgressBarOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  update(state: ProgressState): void {
    const line = progressLine(state);
    if (line === this.#shown) return;
    if (this.#options.tty) {
      const width = Math.max(10, (this.#options.columns ?? 80) - 1);
      // \x1b[K clears what a longer previous line left to the right.
      this.#options.write(`\r${truncate(line, width)}\x1b[K`);
    } else {
      const phaseChanged = state.phase !== this.#shownPhase;
      if (!phaseChanged && this.#now() - this.#shownAt < (this.#options.logEveryMs ?? 5_000)) return;
      this.#options.write(`${line}\n`);
      this.#shownAt = this.#now();
    }
    this.#shown = line;
    this.#shownPhase = state.phase;
  }

  /** Clears the redrawn line, so what follows starts at the left margin. */
  finish(): void {
    if (this.#options.tty && this.#shown !== '') this.#options.write('\r\x1b[K');
    this.#shown = '';
    this.#shownPhase = null;
  }
}

/** A bar on the io's standard error: redrawn only when that is the process's own terminal. */
export function progressBarOn(io: CliIo): ProgressBar {
  const terminal = io === processIo && process.stderr.isTTY;
  return new ProgressBar({
    write: (text) => io.err(text),
    tty: terminal,
    columns: terminal ? process.stderr.columns : undefined,
  });
}
