import type { ThreadSize } from './scale';
import { clamp, rint, rnd, uuidSql } from './sql-random';

/*
 * The SQL expressions that make one generated portfolio hang together. Every row is a pure function of
 * its number, so a child can compute its parent's id and "maturity" without reading the parent back:
 * an initiative's phase sets how far its roadmap elements have come, an element's maturity how far its
 * epics have come, and an epic's how many of its issues are closed.
 */

/** Phase of initiative n: how many of every 20 end in each phase, most work in the middle phases. */
const PHASE_SLOTS = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5];
/** How far the work of an initiative in each phase has come, 0–1. */
const PHASE_MATURITY = [0, 0.05, 0.1, 0.25, 0.6, 0.95];

export class PortfolioSql {
  constructor(
    /** Makes every id of this portfolio unique: the organisation's slug. */
    readonly namespace: string,
    readonly size: ThreadSize,
  ) {}

  id(kind: string, n: string): string {
    return uuidSql(this.namespace, kind, n);
  }

  /** Index 0–5 into DEFAULT_PHASE_IDS of initiative n. */
  phaseIndex(i: string): string {
    return `(ARRAY[${PHASE_SLOTS.join(',')}])[1 + ${rint(i, 12, 20)}]`;
  }

  private phaseMaturity(i: string): string {
    return `(ARRAY[${PHASE_MATURITY.join(',')}]::float8[])[1 + ${this.phaseIndex(i)}]`;
  }

  /** The initiative roadmap element e serves first: about five elements each, a few none. */
  initiativeOf(e: string): string {
    return rint(e, 11, this.size.initiatives);
  }

  /** Element e's maturity (0–1): its initiative's phase and its own spread. */
  elementMaturity(e: string): string {
    return clamp(`${this.phaseMaturity(this.initiativeOf(e))} * 0.6 + 0.55 * ${rnd(e, 13)}`, 0, 1);
  }

  /** The roadmap element epic j serves: about four epics each, a few elements none. */
  elementOf(j: string): string {
    return rint(j, 21, this.size.elements);
  }

  /** Epic j's maturity: its element's, give or take 0.15. About 0.44 on average. */
  epicMaturity(j: string): string {
    return clamp(`${this.elementMaturity(this.elementOf(j))} + 0.3 * (${rnd(j, 14)} - 0.5)`, 0, 1);
  }

  /** The epic issue k belongs to: about ten issues each. */
  epicOf(k: string): string {
    return rint(k, 31, this.size.epics);
  }
}

/** A date `days` (an SQL integer expression) from today. */
export const daysFromToday = (days: string): string => `(current_date + (${days})::int)`;

/** A timestamp `days` (an SQL number expression) ago. */
export const daysAgo = (days: string): string => `(now() - (${days}) * interval '1 day')`;

/** A timestamp up to `days` ago, drawn for row n. */
export const activityDays = (n: string, salt: number, days: number): string =>
  daysAgo(`${rnd(n, salt)} * ${days}`);
