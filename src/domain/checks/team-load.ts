export type TeamLoadInput = {
  /** What the team can do in a quarter, in person-months; null when not recorded. */
  capacityPersonMonthsPerQuarter: number | null;
  /** The team's allocations to initiatives this year. */
  allocations: Array<{ internalPersonMonthsThisYear: number; teamsSharing: number }>;
};

export type TeamLoad = {
  /** Person-months per quarter the allocations ask of the team. */
  demandPerQuarter: number;
  capacity: number | null;
  /** Demand beyond capacity; null when within it or capacity is unknown. */
  overBy: number | null;
};

/**
 * An initiative's internal resources are planned per year and shared equally by the teams
 * allocated to it, while a team's capacity is stated per quarter: so each allocation asks for its
 * share of the year, spread evenly over four quarters.
 */
export function teamLoad(input: TeamLoadInput): TeamLoad {
  let perYear = 0;
  for (const allocation of input.allocations) {
    // An allocation always has at least the team itself; guard against a 0 from bad data.
    perYear += allocation.internalPersonMonthsThisYear / Math.max(allocation.teamsSharing, 1);
  }
  const demandPerQuarter = perYear / 4;
  const capacity = input.capacityPersonMonthsPerQuarter;
  return {
    demandPerQuarter,
    capacity,
    overBy: capacity !== null && demandPerQuarter > capacity ? demandPerQuarter - capacity : null,
  };
}
