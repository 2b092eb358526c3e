import { teamLoad, type TeamLoad } from '../checks/team-load';

export interface AllocationPlan {
  /** The initiative's internal person-months per year (several lines of one year add up). */
  resources: ReadonlyArray<{ year: number; internalPersonMonths: number }>;
  /** How many teams the initiative is allocated to. */
  teamsSharing: number;
}

export interface QuarterLoad extends TeamLoad {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const QUARTERS = [1, 2, 3, 4] as const;

/** The initiative's internal person-months planned for `year`. */
export function personMonthsIn(plan: AllocationPlan, year: number): number {
  let sum = 0;
  for (const line of plan.resources) if (line.year === year) sum += line.internalPersonMonths;
  return sum;
}

/** The team's share of one allocation in each quarter of `year`: the year's share spread over four. */
export function quarterlyShare(plan: AllocationPlan, year: number): number {
  return personMonthsIn(plan, year) / Math.max(plan.teamsSharing, 1) / 4;
}

/**
 * A team's load in every quarter of the given years, by the same rule as the portfolio check "teams
 * allocated beyond capacity" (domain/checks/team-load.ts): resources are planned per year, so a
 * year's demand is the same in each of its quarters. The check judges this year; the page shows the
 * next too, so a coming overload is seen before it arrives.
 */
export function teamLoadPerQuarter(
  capacityPersonMonthsPerQuarter: number | null,
  allocations: readonly AllocationPlan[],
  years: readonly number[],
): QuarterLoad[] {
  return years.flatMap((year) => {
    const load = teamLoad({
      capacityPersonMonthsPerQuarter,
      allocations: allocations.map((plan) => ({
        internalPersonMonthsThisYear: personMonthsIn(plan, year),
        teamsSharing: plan.teamsSharing,
      })),
    });
    return QUARTERS.map((quarter) => ({ year, quarter, ...load }));
  });
}
