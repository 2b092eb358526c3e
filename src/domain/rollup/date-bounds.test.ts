import { describe, expect, it } from 'vitest';
import { earliestDate, latestDate, latestTimestamp } from './date-bounds';

describe('date bounds', () => {
  it('skips missing dates and is null only when all are missing', () => {
    expect(earliestDate([null, '2026-03-01', '2025-12-31', null])).toBe('2025-12-31');
    expect(latestDate([null, '2026-03-01', '2025-12-31'])).toBe('2026-03-01');
    expect(earliestDate([null, null])).toBeNull();
    expect(latestDate([])).toBeNull();
  });

  it('compares timestamps as instants, not as text', () => {
    // 10:30+02:00 is 08:30Z: earlier than 09:00Z although it sorts later as text.
    expect(latestTimestamp(['2026-05-01T10:30:00+02:00', '2026-05-01T09:00:00Z'])).toBe(
      '2026-05-01T09:00:00Z',
    );
    expect(latestTimestamp([null, '2026-05-01T10:30:00+02:00', null])).toBe('2026-05-01T10:30:00+02:00');
    expect(latestTimestamp([null])).toBeNull();
  });
});
