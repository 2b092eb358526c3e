import type { TeamAllocation, TeamLoadReport } from '../../contracts/organisation-views';
import { quarterlyShare, teamLoadPerQuarter } from '../../domain/organisation/team-load-per-quarter';
import { selectTeamAllocationLines } from '../../store/repositories/organisation-views-repository';
import { selectOne } from '../../store/repositories/versioned';
import { teams } from '../../store/schema';
import { notFound } from '../shared/app-error';
import type { ServiceContext } from '../shared/context';
import { toInitiativeLine } from '../shared/initiative-line';
import { todayInOslo } from '../shared/today';

/**
 * A team's allocated initiatives and its load in each quarter of this year and the next, by the rule
 * of the portfolio check "teams allocated beyond capacity": only active initiatives in the two phases
 * before done load the team, each with its share of the year's internal person-months.
 */
export async function getTeamLoad(ctx: ServiceContext, teamId: string): Promise<TeamLoadReport> {
  const db = ctx.database.db;
  const team = await selectOne(db, teams, ctx.orgId, teamId);
  if (!team) throw notFound('team', teamId);
  const rows = await selectTeamAllocationLines(db, ctx.orgId, teamId);
  const thisYear = Number((ctx.today ?? todayInOslo()).slice(0, 4));
  const years = [thisYear, thisYear + 1];
  const lines = rows.map((row) => ({
    row,
    plan: {
      resources: row.resources.map((line) => ({
        year: Number(line.year),
        internalPersonMonths: Number(line.internalPersonMonths),
      })),
      teamsSharing: Math.max(row.teamsSharing, 1),
    },
  }));
  const capacity = team.capacityPersonMonthsPerQuarter;
  const loading = lines.filter(({ row }) => row.loads).map(({ plan }) => plan);
  const quarters = teamLoadPerQuarter(capacity, loading, years).map((q) => ({
    year: q.year,
    quarter: q.quarter,
    demand: q.demandPerQuarter,
    capacity: q.capacity,
    overBy: q.overBy,
  }));
  const allocations = lines.map(({ row, plan }): TeamAllocation => ({
    ...toInitiativeLine(row),
    teamsSharing: plan.teamsSharing,
    countsTowardsLoad: row.loads,
    perQuarter: years.map((year) => ({ year, personMonths: quarterlyShare(plan, year) })),
  }));
  return { teamId, capacityPersonMonthsPerQuarter: capacity, quarters, allocations };
}
