import type { CheckItem } from '../../contracts/checks';
import { teamLoad } from '../../domain/checks/team-load';
import type { Db } from '../../store/database';
import { selectTeamAllocations, type TeamAllocationRow } from '../../store/repositories/checks/check-inputs';
import { capacityDetail } from './check-details';

/**
 * Teams whose allocations this year ask for more person-months per quarter than their capacity. The
 * year is today's: resources are planned per calendar year.
 */
export async function findTeamsOverCapacity(db: Db, orgId: string, today: string): Promise<CheckItem[]> {
  const rows = await selectTeamAllocations(db, orgId, Number(today.slice(0, 4)));
  // Rows come ordered by team, so grouping keeps that order.
  const byTeam = new Map<string, TeamAllocationRow[]>();
  for (const row of rows) {
    const list = byTeam.get(row.id);
    if (list) list.push(row);
    else byTeam.set(row.id, [row]);
  }
  const items: CheckItem[] = [];
  for (const [id, allocations] of byTeam) {
    const [team] = allocations;
    if (!team) continue;
    const load = teamLoad({
      capacityPersonMonthsPerQuarter: team.capacity,
      allocations: allocations.map((a) => ({
        internalPersonMonthsThisYear: a.internalPersonMonths,
        teamsSharing: a.teamsSharing,
      })),
    });
    if (load.overBy === null) continue;
    items.push({
      type: 'team',
      id,
      ref: team.ref,
      title: team.title,
      detail: capacityDetail(load.demandPerQuarter, team.capacity),
    });
  }
  return items;
}
