import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { groupPairs } from './group-pairs';
import { selectRollups, type RollupRow } from './rollup/select-rollups';
import {
  decisions,
  initiativeCounters,
  initiativeDependencies,
  initiatives,
  initiativeStrategicItems,
  initiativeTeams,
  teamProductGroups,
} from '../schema';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type NewInitiativeRow = typeof initiatives.$inferInsert;
export type DecisionRow = typeof decisions.$inferSelect;

/** The many-to-many links of initiatives, by initiative id. */
export interface InitiativeLinks {
  teamIds: Map<string, string[]>;
  dependsOnIds: Map<string, string[]>;
  strategicItemIds: Map<string, string[]>;
  /** The stored roll-up of each initiative (absent until first computed). */
  rollups: Map<string, RollupRow>;
}

export async function selectInitiativeLinks(db: Db, orgId: string, ids: string[]): Promise<InitiativeLinks> {
  if (ids.length === 0)
    return { teamIds: new Map(), dependsOnIds: new Map(), strategicItemIds: new Map(), rollups: new Map() };
  // Sequential on purpose: inside a transaction these share one connection.
  const teamIds = await selectAllocatedTeams(db, orgId, ids);
  const deps = await db
    .select({ owner: initiativeDependencies.initiativeId, value: initiativeDependencies.dependsOnId })
    .from(initiativeDependencies)
    .where(and(eq(initiativeDependencies.orgId, orgId), inArray(initiativeDependencies.initiativeId, ids)))
    .orderBy(asc(initiativeDependencies.dependsOnId));
  const strategicItemIds = await selectStrategicItemIds(db, orgId, ids);
  const rollups = await selectRollups(db, orgId, ids);
  return { teamIds, dependsOnIds: groupPairs(deps), strategicItemIds, rollups };
}

/** The strategic items each initiative serves. */
export async function selectStrategicItemIds(
  db: Db,
  orgId: string,
  ids: string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ owner: initiativeStrategicItems.initiativeId, value: initiativeStrategicItems.itemId })
    .from(initiativeStrategicItems)
    .where(
      and(eq(initiativeStrategicItems.orgId, orgId), inArray(initiativeStrategicItems.initiativeId, ids)),
    )
    .orderBy(asc(initiativeStrategicItems.itemId));
  return groupPairs(rows);
}

/** The teams each initiative is allocated to. */
export async function selectAllocatedTeams(
  db: Db,
  orgId: string,
  ids: string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ owner: initiativeTeams.initiativeId, value: initiativeTeams.teamId })
    .from(initiativeTeams)
    .where(and(eq(initiativeTeams.orgId, orgId), inArray(initiativeTeams.initiativeId, ids)))
    .orderBy(asc(initiativeTeams.teamId));
  return groupPairs(rows);
}

/** Product groups each initiative reaches through its allocated teams. */
export async function selectTeamProductGroups(
  db: Db,
  orgId: string,
  ids: string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinct({ owner: initiativeTeams.initiativeId, value: teamProductGroups.productGroupId })
    .from(initiativeTeams)
    .innerJoin(teamProductGroups, eq(teamProductGroups.teamId, initiativeTeams.teamId))
    .where(and(eq(initiativeTeams.orgId, orgId), inArray(initiativeTeams.initiativeId, ids)));
  return groupPairs(rows);
}

export async function selectInitiativesByIds(db: Db, orgId: string, ids: string[]): Promise<InitiativeRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), inArray(initiatives.id, ids)));
}

export async function selectInitiativeIdByKey(
  db: Db,
  orgId: string,
  key: string,
): Promise<string | undefined> {
  const rows = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), eq(initiatives.key, key)));
  return rows[0]?.id;
}

/**
 * Takes the next case number of a year. The counter row is locked by the upsert until the
 * transaction ends, so two concurrent proposals never get the same number.
 */
export async function takeNextKeyNumber(tx: Db, orgId: string, year: number): Promise<number> {
  const rows = await tx
    .insert(initiativeCounters)
    .values({ orgId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [initiativeCounters.orgId, initiativeCounters.year],
      set: { lastNumber: sql`${initiativeCounters.lastNumber} + 1` },
    })
    .returning({ n: initiativeCounters.lastNumber });
  const n = rows[0]?.n;
  if (n === undefined) throw new Error('counter upsert returned no row');
  return n;
}

/** An imported key must not be taken again by the counter: lift the counter past it. */
export async function raiseKeyCounter(tx: Db, orgId: string, year: number, atLeast: number): Promise<void> {
  await tx
    .insert(initiativeCounters)
    .values({ orgId, year, lastNumber: atLeast })
    .onConflictDoUpdate({
      target: [initiativeCounters.orgId, initiativeCounters.year],
      set: { lastNumber: sql`greatest(${initiativeCounters.lastNumber}, ${atLeast})` },
    });
}

export async function insertInitiative(tx: Db, row: NewInitiativeRow): Promise<void> {
  await tx.insert(initiatives).values(row);
}

/** Replaces one link set of an initiative. */
export async function replaceInitiativeLinks(
  tx: Db,
  orgId: string,
  initiativeId: string,
  kind: 'teams' | 'dependencies' | 'strategicItems',
  ids: string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  if (kind === 'teams') {
    await tx
      .delete(initiativeTeams)
      .where(and(eq(initiativeTeams.orgId, orgId), eq(initiativeTeams.initiativeId, initiativeId)));
    if (unique.length)
      await tx.insert(initiativeTeams).values(unique.map((teamId) => ({ orgId, initiativeId, teamId })));
  } else if (kind === 'dependencies') {
    await tx
      .delete(initiativeDependencies)
      .where(
        and(eq(initiativeDependencies.orgId, orgId), eq(initiativeDependencies.initiativeId, initiativeId)),
      );
    if (unique.length)
      await tx
        .insert(initiativeDependencies)
        .values(unique.map((dependsOnId) => ({ orgId, initiativeId, dependsOnId })));
  } else {
    await tx
      .delete(initiativeStrategicItems)
      .where(
        and(
          eq(initiativeStrategicItems.orgId, orgId),
          eq(initiativeStrategicItems.initiativeId, initiativeId),
        ),
      );
    if (unique.length)
      await tx
        .insert(initiativeStrategicItems)
        .values(unique.map((itemId) => ({ orgId, initiativeId, itemId })));
  }
}

export async function insertDecision(tx: Db, row: typeof decisions.$inferInsert): Promise<DecisionRow> {
  const rows = await tx.insert(decisions).values(row).returning();
  const created = rows[0];
  if (!created) throw new Error('decision insert returned no row');
  return created;
}

export function selectDecisions(db: Db, orgId: string, initiativeId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(decisions)
    .where(and(eq(decisions.orgId, orgId), eq(decisions.initiativeId, initiativeId)))
    .orderBy(asc(decisions.createdAt), asc(decisions.id));
}
