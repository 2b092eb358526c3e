import { describe, expect, it } from 'vitest';
import { teamLoad } from './team-load';

describe('teamLoad', () => {
  it('shares each allocation between its teams and spreads the year over four quarters', () => {
    const result = teamLoad({
      capacityPersonMonthsPerQuarter: 6,
      allocations: [
        { internalPersonMonthsThisYear: 24, teamsSharing: 1 }, // 6 per quarter
        { internalPersonMonthsThisYear: 16, teamsSharing: 2 }, // 2 per quarter
      ],
    });
    expect(result).toEqual({ demandPerQuarter: 8, capacity: 6, overBy: 2 });
  });

  it('is not over when demand is within capacity', () => {
    const within = teamLoad({
      capacityPersonMonthsPerQuarter: 6,
      allocations: [{ internalPersonMonthsThisYear: 24, teamsSharing: 1 }],
    });
    expect(within).toEqual({ demandPerQuarter: 6, capacity: 6, overBy: null });
  });

  it('cannot be over an unknown capacity', () => {
    const unknown = teamLoad({
      capacityPersonMonthsPerQuarter: null,
      allocations: [{ internalPersonMonthsThisYear: 100, teamsSharing: 1 }],
    });
    expect(unknown).toEqual({ demandPerQuarter: 25, capacity: null, overBy: null });
  });

  it('asks nothing without allocations and treats a share among 0 teams as the team alone', () => {
    expect(teamLoad({ capacityPersonMonthsPerQuarter: 3, allocations: [] })).toEqual({
      demandPerQuarter: 0,
      capacity: 3,
      overBy: null,
    });
    const bad = teamLoad({
      capacityPersonMonthsPerQuarter: 3,
      allocations: [{ internalPersonMonthsThisYear: 20, teamsSharing: 0 }],
    });
    expect(bad.demandPerQuarter).toBe(5);
    expect(bad.overBy).toBe(2);
  });
});
