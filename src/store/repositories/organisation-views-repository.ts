import { sql } from 'drizzle-orm';
import type { Db } from '../database';
import { phaseFromEnd, phaseIdsOf } from './checks/check-sql';
import { selectRows } from './select-rows';

/** An initiative as a line in a list, straight from its row. */
export interface InitiativeLineRow {
  id: string;
  key: string;
  title: string;
  phase: string;
  status: string;
  health: string | null;
}

export interface TeamAllocationLineRow extends InitiativeLineRow {
  /** initiatives.resources: [{year, internalPersonMonths, externalPersonMonths}]. */
  resources: Array<{ year: number; internalPersonMonths: number }>;
  teamsSharing: number;
  /** Active and in one of the two phases before done: what the capacity check counts. */
  loads: boolean;
}

/**
 * Every initiative allocated to the team, by case number, with its resources, how many teams share it
 * and whether it loads the team by the rule of selectTeamAllocations (check-inputs.ts).
 */
export function selectTeamAllocationLines(
  db: Db,
  orgId: string,
  teamId: string,
): Promise<TeamAllocationLineRow[]> {
  const ids = sql.raw('wf.ids');
  return selectRows<TeamAllocationLineRow>(
    db,
    sql`WITH wf AS MATERIALIZED (SELECT ${phaseIdsOf(orgId)} AS ids)
      SELECT i.id, i.key, i.title, i.phase, i.status, i.health, i.resources,
        (SELECT count(*) FROM initiative_teams s WHERE s.initiative_id = i.id)::int AS "teamsSharing",
        (i.status = 'active' AND i.phase IN (${phaseFromEnd(ids, 2)}, ${phaseFromEnd(ids, 1)})) AS loads
      FROM initiative_teams a JOIN initiatives i ON i.id = a.initiative_id CROSS JOIN wf
      WHERE a.org_id = ${orgId} AND a.team_id = ${teamId}
      ORDER BY i.key_year, i.key_number, i.id`,
  );
}

export interface PersonInitiativeRow extends InitiativeLineRow {
  isOwner: boolean;
  isSubmitter: boolean;
  isResponsible: boolean;
}

/** Initiatives the person owns, submitted or is responsible for, by case number. */
export function selectPersonInitiatives(
  db: Db,
  orgId: string,
  personId: string,
): Promise<PersonInitiativeRow[]> {
  return selectRows<PersonInitiativeRow>(
    db,
    sql`SELECT i.id, i.key, i.title, i.phase, i.status, i.health,
        coalesce(i.owner_id = ${personId}, false) AS "isOwner",
        coalesce(i.submitter_id = ${personId}, false) AS "isSubmitter",
        coalesce(i.responsible_id = ${personId}, false) AS "isResponsible"
      FROM initiatives i
      WHERE i.org_id = ${orgId}
        AND (i.owner_id = ${personId} OR i.submitter_id = ${personId} OR i.responsible_id = ${personId})
      ORDER BY i.key_year, i.key_number, i.id`,
  );
}

export interface ItemInitiativeRow extends InitiativeLineRow {
  itemId: string;
}

/** Every link from an initiative to a strategic item, with the initiative as a line, by case number. */
export function selectItemInitiatives(db: Db, orgId: string): Promise<ItemInitiativeRow[]> {
  return selectRows<ItemInitiativeRow>(
    db,
    sql`SELECT l.item_id AS "itemId", i.id, i.key, i.title, i.phase, i.status, i.health
      FROM initiative_strategic_items l JOIN initiatives i ON i.id = l.initiative_id
      WHERE l.org_id = ${orgId}
      ORDER BY i.key_year, i.key_number, i.id`,
  );
}
