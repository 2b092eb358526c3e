import { describe, expect, it } from 'vitest';
import { teamLoad } from '../checks/team-load';
import { personMonthsIn, quarterlyShare, teamLoadPerQuarter } from './team-load-per-quarter';

const shared = { resources: [{ year: 2026, internalPersonMonths: 16 }], teamsSharing: 2 };
const alone = {
  resources: [
    { year: 2026, internalPersonMonths: 20 },
    { year: 2026, internalPersonMonths: 4 },
    { year: 2027, internalPersonMonths: 8 },
  ],
  teamsSharing: 1,
};

describe('teamLoadPerQuarter', () => {
  it('gives every quarter of a year the demand the capacity check computes for that year', () => {
    const quarters = teamLoadPerQuarter(6, [shared, alone], [2026, 2027]);
    expect(quarters.map((q) => `${q.year}-K${q.quarter}`)).toEqual([
      '2026-K1',
      '2026-K2',
      '2026-K3',
      '2026-K4',
      '2027-K1',
      '2027-K2',
      '2027-K3',
      '2027-K4',
    ]);
    // 2026: 16 / 2 / 4 = 2 and 24 / 4 = 6 → 8 of 6; 2027: 8 / 4 = 2 of 6.
    const check2026 = teamLoad({
      capacityPersonMonthsPerQuarter: 6,
      allocations: [
        { internalPersonMonthsThisYear: 16, teamsSharing: 2 },
        { internalPersonMonthsThisYear: 24, teamsSharing: 1 },
      ],
    });
    for (const q of quarters.slice(0, 4)) expect(q).toMatchObject(check2026);
    expect(quarters[0]).toMatchObject({ demandPerQuarter: 8, capacity: 6, overBy: 2 });
    expect(quarters[4]).toMatchObject({ demandPerQuarter: 2, capacity: 6, overBy: null });
  });

  it('asks nothing in a year no allocation plans for, and is never over an unknown capacity', () => {
    const quarters = teamLoadPerQuarter(null, [alone], [2028]);
    expect(quarters).toHaveLength(4);
    expect(quarters[0]).toEqual({
      year: 2028,
      quarter: 1,
      demandPerQuarter: 0,
      capacity: null,
      overBy: null,
    });
    expect(teamLoadPerQuarter(null, [alone], [2026])[0]).toMatchObject({
      demandPerQuarter: 6,
      overBy: null,
    });
  });

  it('shows nothing for no years', () => {
    expect(teamLoadPerQuarter(6, [alone], [])).toEqual([]);
  });
});

describe('one allocation', () => {
  it('adds up the lines of a year and splits them between teams and quarters', () => {
    expect(personMonthsIn(alone, 2026)).toBe(24);
    expect(personMonthsIn(alone, 2025)).toBe(0);
    expect(quarterlyShare(shared, 2026)).toBe(2);
    expect(quarterlyShare(alone, 2027)).toBe(2);
    expect(quarterlyShare({ ...shared, teamsSharing: 0 }, 2026)).toBe(4);
  });
});
