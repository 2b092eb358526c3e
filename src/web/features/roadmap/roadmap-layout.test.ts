import { describe, expect, it } from 'vitest';
import { barPlacement, positionOf, quarterOf, quarterRange, sameQuarter, todayIso } from './roadmap-layout';

describe('quarters', () => {
  it('puts each month in its quarter', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 });
    expect(sameQuarter(quarterOf('2026-07-01'), { year: 2026, quarter: 3 })).toBe(true);
  });

  it('spans the earliest to the latest date, across years, with today inside', () => {
    const range = quarterRange(['2026-05-10', '2025-11-02', '2027-01-15'], '2026-06-01');
    expect(range.map((q) => `${q.year}-${q.quarter}`)).toEqual([
      '2025-4',
      '2026-1',
      '2026-2',
      '2026-3',
      '2026-4',
      '2027-1',
    ]);
  });

  it("reaches out to today's quarter when every date lies in the past", () => {
    const range = quarterRange(['2025-02-01'], '2025-08-20');
    expect(range).toEqual([
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
      { year: 2025, quarter: 3 },
    ]);
    expect(quarterRange([], '2026-11-28')).toEqual([{ year: 2026, quarter: 4 }]);
  });

  it('writes today as a calendar date in UTC', () => {
    expect(todayIso(new Date('2026-03-31T23:30:00Z'))).toBe('2026-03-31');
  });
});

describe('bar positions', () => {
  const quarters = quarterRange(['2026-01-01', '2026-12-31'], '2026-06-01');

  it('places a date by its share of its own quarter, each quarter a quarter of the width', () => {
    expect(positionOf('2026-01-01', quarters, 'start')).toBe(0);
    expect(positionOf('2026-04-01', quarters, 'start')).toBe(0.25);
    expect(positionOf('2026-03-31', quarters, 'end')).toBe(0.25);
    expect(positionOf('2026-12-31', quarters, 'end')).toBe(1);
    // 15 February: 45 of Q1's 90 days have passed at its start.
    expect(positionOf('2026-02-15', quarters, 'start')).toBeCloseTo((45 / 90) * 0.25, 10);
  });

  it('holds dates outside the range to its ends', () => {
    expect(positionOf('2025-06-01', quarters, 'start')).toBe(0);
    expect(positionOf('2027-06-01', quarters, 'end')).toBe(1);
    expect(positionOf('2026-01-01', [], 'start')).toBe(0);
  });

  it('draws a bar from the start of its first day to the end of its last', () => {
    expect(barPlacement('2026-04-01', '2026-09-30', quarters)).toEqual({ start: 0.25, width: 0.5 });
    const oneDay = barPlacement('2026-07-01', '2026-07-01', quarters);
    expect(oneDay.start).toBe(0.5);
    expect(oneDay.width).toBeCloseTo(0.25 / 92, 10);
  });
});
