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
import { findElementPlaceholders } from './element-placeholders';
import { findProgressDisagreements } from './progress-disagreements';
import { findTeamsOverCapacity } from './teams-over-capacity';

/** One check over the whole organisation: set-based reads, never a query per row. `today` is 'YYYY-MM-DD'. */
export type CheckQuery = (db: Db, orgId: string, today: string) => Promise<CheckItem[]>;

/** A Record over CheckId: a new check id does not compile until it has its query here. */
export const CHECK_QUERIES: Record<CheckId, CheckQuery> = {
  'implementation-without-roadmap': (db, orgId) => selectImplementationWithoutRoadmap(db, orgId),
  'element-without-epics': (db, orgId) => selectElementsWithoutEpics(db, orgId),
  'element-placeholders': (db, orgId) => findElementPlaceholders(db, orgId),
  'epic-serves-nothing': (db, orgId) => selectEpicsServingNothing(db, orgId),
  'initiative-without-origin': (db, orgId) => selectInitiativesWithoutOrigin(db, orgId),
  'goal-without-initiative': selectGoalsWithoutInitiative,
  'progress-disagrees': (db, orgId) => findProgressDisagreements(db, orgId),
  'dependency-on-inactive': (db, orgId) => selectDependenciesOnInactive(db, orgId),
  'overdue-end': selectOverdueEnds,
  'team-over-capacity': findTeamsOverCapacity,
};
