/**
 * Where things go on the roadmap's timeline: the quarters it spans and where a bar starts and ends.
 * Positions are shares (0–1) of the timeline's width, so the drawing can be any number of pixels wide.
 */

export interface Quarter {
  year: number;
  /** 1–4 */
  quarter: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date (YYYY-MM-DD) as midnight UTC, so no time zone moves it to another day. */
const utc = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

const ordinal = (q: Quarter) => q.year * 4 + (q.quarter - 1);
const fromOrdinal = (n: number): Quarter => ({ year: Math.floor(n / 4), quarter: (n % 4) + 1 });

export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: Math.floor((month - 1) / 3) + 1 };
}

export const sameQuarter = (a: Quarter, b: Quarter) => ordinal(a) === ordinal(b);

/** Every quarter from the earliest date's to the latest's, today's included so "now" is always shown. */
export function quarterRange(dates: readonly string[], today: string): Quarter[] {
  const ordinals = [...dates, today].map((date) => ordinal(quarterOf(date)));
  const first = Math.min(...ordinals);
  const last = Math.max(...ordinals);
  return Array.from({ length: last - first + 1 }, (_, i) => fromOrdinal(first + i));
}

/** Midnight UTC of a quarter's first day. */
const quarterStart = (q: Quarter) => Date.UTC(q.year, (q.quarter - 1) * 3, 1);

/**
 * A date's place on a timeline of `quarters`, all drawn equally wide (a quarter has 90 to 92 days,
 * so the share is taken inside the date's own quarter). `edge: 'end'` is the end of that day, so a
 * bar ending on 31 March fills Q1. Dates outside the range are held to its ends.
 */
export function positionOf(date: string, quarters: readonly Quarter[], edge: 'start' | 'end'): number {
  const first = quarters[0];
  if (!first) return 0;
  const q = quarterOf(date);
  const start = quarterStart(q);
  const days = (quarterStart(fromOrdinal(ordinal(q) + 1)) - start) / DAY_MS;
  const day = (utc(date) - start) / DAY_MS + (edge === 'end' ? 1 : 0);
  const position = (ordinal(q) - ordinal(first) + day / days) / quarters.length;
  return Math.min(1, Math.max(0, position));
}

export interface BarPlacement {
  /** Share of the width before the bar. */
  start: number;
  /** Share of the width the bar covers. */
  width: number;
}

/** A bar from the start of `startOn` to the end of `endOn`. */
export function barPlacement(startOn: string, endOn: string, quarters: readonly Quarter[]): BarPlacement {
  const start = positionOf(startOn, quarters, 'start');
  const end = positionOf(endOn, quarters, 'end');
  return { start, width: Math.max(0, end - start) };
}

/** Today as a calendar date in UTC. */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);
