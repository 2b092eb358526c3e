import { describe, expect, it } from 'vitest';
import { type HealthInput, assessHealth, effectiveHealth } from './assess-health';

const base: HealthInput = {
  today: '2026-07-02',
  start: null,
  end: null,
  progress: null,
  delivered: false,
  lastActivityAt: null,
  blockers: [],
};
const assess = (over: Partial<HealthInput>) => assessHealth({ ...base, ...over });

// 2026-01-01 → 2026-12-31 is 364 days; 2026-07-02 is day 182: half-way.
const year = { start: '2026-01-01', end: '2026-12-31' };

describe('assessHealth', () => {
  it('expects linear progress between start and end, clamped to 0–1', () => {
    expect(assess({ ...year }).expectedProgress).toBe(0.5);
    expect(assess({ ...year, today: '2025-12-01' }).expectedProgress).toBe(0);
    expect(assess({ ...year, today: '2027-03-01' }).expectedProgress).toBe(1);
    expect(assess({ start: '2026-01-01' }).expectedProgress).toBeNull();
    expect(assess({ end: '2026-12-31' }).expectedProgress).toBeNull();
    expect(assess({ start: '2026-05-01', end: '2026-05-01' }).expectedProgress).toBeNull();
  });

  it.each([
    [0.5, null],
    [0.4, null],
    [0.35, null], // exactly 0.15 behind is not more than 0.15
    [0.3, { health: 'yellow', amount: 0.2 }],
    [0.2, { health: 'yellow', amount: 0.3 }], // exactly 0.3 behind is still yellow
    [0.1, { health: 'red', amount: 0.4 }],
    [null, { health: 'red', amount: 0.5 }],
  ] as const)('with progress %s half-way, behind schedule: %o', (progress, reason) => {
    const result = assess({ ...year, progress });
    expect(result.reasons).toEqual(reason === null ? [] : [{ code: 'behind-schedule', ...reason }]);
    expect(result.health).toBe(reason?.health ?? 'green');
  });

  it('is red when the end date has passed, by the days past', () => {
    expect(assess({ end: '2026-06-28' }).reasons).toEqual([{ code: 'overdue', health: 'red', amount: 4 }]);
    expect(assess({ end: '2026-07-02' }).reasons).toEqual([]);
  });

  it('is yellow when nothing happened for more than 30 days after the start', () => {
    expect(assess({ lastActivityAt: '2026-06-01T10:00:00Z' }).reasons).toEqual([
      { code: 'stale', health: 'yellow', amount: 31 },
    ]);
    expect(assess({ lastActivityAt: '2026-06-02T23:00:00Z' }).reasons).toEqual([]);
    expect(assess({ lastActivityAt: null }).reasons).toEqual([]);
    // Not started yet: silence is expected.
    expect(assess({ start: '2026-08-01', lastActivityAt: '2026-01-01T00:00:00Z' }).reasons).toEqual([]);
    expect(assess({ start: '2026-07-02', lastActivityAt: '2026-01-01T00:00:00Z' }).health).toBe('yellow');
  });

  it.each([
    [['unfinished'], 'yellow', 1],
    [['unfinished', 'unfinished'], 'yellow', 2],
    [['unfinished', 'parked'], 'red', 2],
    [['stopped'], 'red', 1],
  ] as const)('is blocked by %o: %s', (blockers, health, amount) => {
    expect(assess({ blockers: [...blockers] }).reasons).toEqual([{ code: 'blocked', health, amount }]);
  });

  it('orders reasons red first, then by code, and takes the worst', () => {
    const result = assess({
      start: '2026-01-01',
      end: '2026-07-01',
      today: '2026-07-02',
      progress: 0.8, // 0.2 behind: yellow
      lastActivityAt: '2026-05-01T00:00:00Z',
      blockers: ['stopped'],
    });
    expect(result.reasons.map((r) => `${r.health} ${r.code}`)).toEqual([
      'red overdue',
      'red blocked',
      'yellow behind-schedule',
      'yellow stale',
    ]);
    expect(result.health).toBe('red');
  });

  it('is green with no reasons once delivered', () => {
    const result = assess({
      ...year,
      today: '2027-06-01',
      progress: 0.2,
      delivered: true,
      lastActivityAt: '2026-01-01T00:00:00Z',
      blockers: ['stopped'],
    });
    expect(result.health).toBe('green');
    expect(result.reasons).toEqual([]);
  });
});

describe('effectiveHealth', () => {
  it('lets the override win', () => {
    expect(effectiveHealth('red', 'green')).toBe('green');
    expect(effectiveHealth('green', null)).toBe('green');
    expect(effectiveHealth(null, 'yellow')).toBe('yellow');
    expect(effectiveHealth(null, null)).toBeNull();
  });
});
