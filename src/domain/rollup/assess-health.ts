import { HEALTH_REASON_CODES, type Health, type HealthReason } from '../../contracts/rollup';
import { dateOf, daysBetween } from './calendar-days';

/** Where derived health turns yellow or red. */
export const HEALTH_THRESHOLDS = {
  /** Progress behind the straight line from start to end by more than this (0–1) is yellow… */
  slipYellow: 0.15,
  /** …and by more than this, red. */
  slipRed: 0.3,
  /** No activity for more than this many days after the start is yellow. */
  staleDays: 30,
  /** An end date more than this many days past, not delivered, is red. */
  overdueRedDays: 0,
} as const;

/** What a dependency is: unfinished work blocks a little, stopped or parked work blocks hard. */
export const HEALTH_BLOCKERS = ['unfinished', 'stopped', 'parked'] as const;
export type HealthBlocker = (typeof HEALTH_BLOCKERS)[number];

export type HealthInput = {
  /** 'YYYY-MM-DD'. */
  today: string;
  start: string | null;
  end: string | null;
  /** 0–1, null when nothing is measured yet (treated as no progress). */
  progress: number | null;
  delivered: boolean;
  lastActivityAt: string | null;
  /** One per blocking dependency, by its state. */
  blockers: HealthBlocker[];
};

export type HealthAssessment = {
  health: Health;
  /** Red reasons first, then in the order of HEALTH_REASON_CODES. */
  reasons: HealthReason[];
  /** Progress a straight line from start to end expects today (0–1), null without a usable span. */
  expectedProgress: number | null;
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Above a threshold, ignoring float noise: 0.5 − 0.35 is 0.15000000000000002, which is not behind by more than 0.15. */
const exceeds = (value: number, threshold: number): boolean => value - threshold > 1e-9;

const rank = (health: Health): number => (health === 'red' ? 2 : health === 'yellow' ? 1 : 0);

/** Where a straight line from start (0) to end (1) stands today, clamped; null without a usable span. */
export function expectedProgressOn(today: string, start: string | null, end: string | null): number | null {
  if (start === null || end === null || end <= start) return null;
  const fraction = daysBetween(start, today) / daysBetween(start, end);
  return Math.min(1, Math.max(0, fraction));
}

export function assessHealth(input: HealthInput): HealthAssessment {
  const expectedProgress = expectedProgressOn(input.today, input.start, input.end);
  // Delivered work cannot be late, stale or blocked any more.
  if (input.delivered) return { health: 'green', reasons: [], expectedProgress };

  const reasons: HealthReason[] = [];
  const t = HEALTH_THRESHOLDS;

  if (expectedProgress !== null) {
    const slip = expectedProgress - (input.progress ?? 0);
    if (exceeds(slip, t.slipYellow)) {
      const health = exceeds(slip, t.slipRed) ? 'red' : 'yellow';
      reasons.push({ code: 'behind-schedule', health, amount: round2(slip) });
    }
  }

  if (input.end !== null) {
    const daysPast = daysBetween(input.end, input.today);
    if (daysPast > t.overdueRedDays) reasons.push({ code: 'overdue', health: 'red', amount: daysPast });
  }

  // Silence before the work has started is not staleness.
  const started = input.start === null || input.start <= input.today;
  if (started && input.lastActivityAt !== null) {
    const daysSince = daysBetween(dateOf(input.lastActivityAt), input.today);
    if (daysSince > t.staleDays) reasons.push({ code: 'stale', health: 'yellow', amount: daysSince });
  }

  if (input.blockers.length > 0) {
    const hard = input.blockers.some((blocker) => blocker === 'stopped' || blocker === 'parked');
    reasons.push({ code: 'blocked', health: hard ? 'red' : 'yellow', amount: input.blockers.length });
  }

  reasons.sort(
    (a, b) =>
      rank(b.health) - rank(a.health) ||
      HEALTH_REASON_CODES.indexOf(a.code) - HEALTH_REASON_CODES.indexOf(b.code),
  );
  return { health: reasons[0]?.health ?? 'green', reasons, expectedProgress };
}

/** The health shown: a person's override (which carries a written status update) wins. */
export function effectiveHealth(computed: Health | null, override: Health | null): Health | null {
  return override ?? computed;
}
