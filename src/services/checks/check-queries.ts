import type { CheckId, CheckItem } from '../../contracts/checks';
import type { Db } from '../../store/database';
import { selectGoalsWithoutInitiative } from '../../store/repositories/checks/goal-checks';
import {
  selectDependenciesOnInactive,
  selectImplementationWithoutRoadmap,
  selectInitiativesWithoutOrigin,
} from '../../store/repositories/checks/initiative-checks';
import {
  selectElementsWithoutEpics,
  selectEpicsServingNothing,
  selectOverdueEnds,
} from '../../store/repositories/checks/thread-link-checks';
import { dependencyDetail, goalSourceDetail, overdueDetail } from './check-details';
import { findElementPlaceholders } from './element-placeholders';
import { findProgressDisagreements } from './progress-disagreements';
import { findTeamsOverCapacity } from './teams-over-capacity';

/** One check over the whole organisation: set-based reads, never a query per row. `today` is 'YYYY-MM-DD'. */
export type CheckQuery = (db: Db, orgId: string, today: string) => Promise<CheckItem[]>;

/** Goals no initiative serves, each with the source it comes from. */
async function findGoalsWithoutInitiative(db: Db, orgId: string, today: string): Promise<CheckItem[]> {
  const rows = await selectGoalsWithoutInitiative(db, orgId, today);
  return rows.map(({ id, ref, title, sourceTitle }) => ({
    type: 'strategic-item',
    id,
    ref,
    title,
    detail: goalSourceDetail(sourceTitle),
  }));
}

/** Initiatives depending on stopped or parked ones, each naming them with their status. */
async function findDependenciesOnInactive(db: Db, orgId: string): Promise<CheckItem[]> {
  const rows = await selectDependenciesOnInactive(db, orgId);
  return rows.map(({ id, ref, title, dependencies }) => ({
    type: 'initiative',
    id,
    ref,
    title,
    detail: dependencyDetail(dependencies),
  }));
}

/** Elements past their end and epics past their due date, each with the date and the days since. */
async function findOverdueEnds(db: Db, orgId: string, today: string): Promise<CheckItem[]> {
  const rows = await selectOverdueEnds(db, orgId, today);
  return rows.map(({ type, id, ref, title, endsOn, daysOverdue }) => ({
    type,
    id,
    ref,
    title,
    detail: overdueDetail(type === 'epic' ? 'due' : 'end', endsOn, daysOverdue),
  }));
}

/** A Record over CheckId: a new check id does not compile until it has its query here. */
export const CHECK_QUERIES: Record<CheckId, CheckQuery> = {
  'implementation-without-roadmap': (db, orgId) => selectImplementationWithoutRoadmap(db, orgId),
  'element-without-epics': (db, orgId) => selectElementsWithoutEpics(db, orgId),
  'element-placeholders': (db, orgId) => findElementPlaceholders(db, orgId),
  'epic-serves-nothing': (db, orgId) => selectEpicsServingNothing(db, orgId),
  'initiative-without-origin': (db, orgId) => selectInitiativesWithoutOrigin(db, orgId),
  'goal-without-initiative': findGoalsWithoutInitiative,
  'progress-disagrees': (db, orgId) => findProgressDisagreements(db, orgId),
  'dependency-on-inactive': (db, orgId) => findDependenciesOnInactive(db, orgId),
  'overdue-end': findOverdueEnds,
  'team-over-capacity': findTeamsOverCapacity,
};
