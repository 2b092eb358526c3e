import { and, asc, desc, eq, gte, or, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { decisions, initiatives, statusUpdates } from '../schema';
import type { DecisionRow, InitiativeRow } from './initiatives-repository';

/** The start of a calendar day ('YYYY-MM-DD') in Oslo, where the organisation plans. */
const osloStartOf = (day: string) => sql`(${day}::date::timestamp AT TIME ZONE 'Europe/Oslo')`;

export interface AgendaInitiativeRow {
  row: InitiativeRow;
  /** Proposed on or after the agenda's start day. */
  isNew: boolean;
}

/**
 * The initiatives the agenda looks at, in case-number order: every active one, and any proposed on or
 * after `since` ('YYYY-MM-DD', Oslo). One query, whatever the size of the portfolio.
 */
export function selectAgendaInitiatives(
  db: Db,
  orgId: string,
  since: string,
): Promise<AgendaInitiativeRow[]> {
  const isNew = sql<boolean>`(${initiatives.createdAt} >= ${osloStartOf(since)})`;
  return db
    .select({ row: initiatives, isNew })
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), or(eq(initiatives.status, 'active'), isNew)))
    .orderBy(asc(initiatives.keyYear), asc(initiatives.keyNumber));
}

export interface LatestStatusUpdateRow {
  initiativeId: string;
  text: string;
  createdAt: Date;
  createdBy: string;
}

/** Each initiative's latest written status update (one row per initiative that has one). */
export async function selectLatestStatusUpdates(
  db: Db,
  orgId: string,
): Promise<Map<string, LatestStatusUpdateRow>> {
  const rows = await db
    .selectDistinctOn([statusUpdates.initiativeId], {
      initiativeId: statusUpdates.initiativeId,
      text: statusUpdates.text,
      createdAt: statusUpdates.createdAt,
      createdBy: statusUpdates.createdBy,
    })
    .from(statusUpdates)
    .where(and(eq(statusUpdates.orgId, orgId), sql`${statusUpdates.initiativeId} IS NOT NULL`))
    .orderBy(statusUpdates.initiativeId, desc(statusUpdates.createdAt), desc(statusUpdates.id));
  return new Map(
    rows.flatMap((r) => (r.initiativeId ? [[r.initiativeId, { ...r, initiativeId: r.initiativeId }]] : [])),
  );
}

export interface DecisionWithInitiativeRow {
  decision: DecisionRow;
  key: string;
  title: string;
}

/**
 * Every decision of the organisation taken on or after `since` ('YYYY-MM-DD'), newest first, with its
 * initiative's key and title. No index on decided_on: a portfolio has a few thousand decisions at most.
 */
export function selectDecisionsSince(
  db: Db,
  orgId: string,
  since: string,
): Promise<DecisionWithInitiativeRow[]> {
  return db
    .select({ decision: decisions, key: initiatives.key, title: initiatives.title })
    .from(decisions)
    .innerJoin(
      initiatives,
      and(eq(initiatives.orgId, decisions.orgId), eq(initiatives.id, decisions.initiativeId)),
    )
    .where(and(eq(decisions.orgId, orgId), gte(decisions.decidedOn, since)))
    .orderBy(desc(decisions.decidedOn), desc(decisions.createdAt), asc(decisions.id));
}
