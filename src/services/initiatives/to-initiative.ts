import type { Allocation, Initiative } from '../../contracts/initiatives';
import type { Db } from '../../store/database';
import {
  selectInitiativeLinks,
  selectInitiativesByIds,
  type InitiativeLinks,
  type InitiativeRow,
} from '../../store/repositories/initiatives-repository';
import { entityMeta } from '../shared/entity-meta';
import { iso } from '../shared/iso';
import { effectiveProgress, toRollup } from '../rollup/to-rollup';

/** The allocation as one value, from the row's allocation columns and its allocated teams. */
export function allocationOf(
  row: Pick<InitiativeRow, 'allocationKind' | 'allocationProductGroupId' | 'allocationWorkingGroupId'>,
  teamIds: string[],
): Allocation | null {
  switch (row.allocationKind) {
    case 'product-group':
      return row.allocationProductGroupId
        ? { kind: 'product-group', productGroupId: row.allocationProductGroupId }
        : null;
    case 'working-group':
      return row.allocationWorkingGroupId
        ? { kind: 'working-group', workingGroupId: row.allocationWorkingGroupId }
        : null;
    case 'teams':
      return teamIds.length > 0 ? { kind: 'teams', teamIds } : null;
    default:
      return null;
  }
}

/** The wire shape of an initiative, from its row and its links. */
export function toInitiative(row: InitiativeRow, links: InitiativeLinks): Initiative {
  const rollup = toRollup(links.rollups.get(row.id));
  return {
    ...entityMeta(row),
    key: row.key,
    title: row.title,
    phase: row.phase,
    status: row.status as Initiative['status'],
    phaseChangedAt: iso(row.phaseChangedAt),
    problemStatement: row.problemStatement,
    description: row.description,
    riskIfNotDone: row.riskIfNotDone,
    collaboration: row.collaboration,
    competence: row.competence,
    personMonthsTotal: row.personMonthsTotal,
    priority: row.priority as Initiative['priority'],
    health: row.health as Initiative['health'],
    healthOverride: row.healthOverride as Initiative['healthOverride'],
    progress: effectiveProgress(row.progressOverride, rollup.progress),
    progressOverride: row.progressOverride,
    readyForDone: rollup.delivered,
    riskLevel: row.riskLevel as Initiative['riskLevel'],
    riskText: row.riskText,
    ownerId: row.ownerId,
    submitterId: row.submitterId,
    responsibleId: row.responsibleId,
    allocation: allocationOf(row, links.teamIds.get(row.id) ?? []),
    okrs: row.okrs,
    milestones: row.milestones,
    funding: row.funding,
    resources: row.resources,
    dependsOnIds: links.dependsOnIds.get(row.id) ?? [],
    strategicItemIds: links.strategicItemIds.get(row.id) ?? [],
    budgetProposalYears: row.budgetProposalYears,
    businessPlanYears: row.businessPlanYears,
    measurementPlan: row.measurementPlan,
    checkedCriteria: row.checkedCriteria,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    rollup,
  };
}

/**
 * What history keeps of an initiative: the fields people edit. The computed thread (progress, derived
 * health, readiness) changes without anyone editing, so it stays out of the audit trail.
 */
export function auditSnapshot(
  i: Initiative,
): Omit<Initiative, 'rollup' | 'progress' | 'readyForDone' | 'health'> {
  const { rollup: _rollup, progress: _progress, readyForDone: _ready, health: _health, ...edited } = i;
  return edited;
}

export async function loadInitiatives(db: Db, orgId: string, ids: string[]): Promise<Initiative[]> {
  // Sequential on purpose: inside a transaction both share one connection.
  const rows = await selectInitiativesByIds(db, orgId, ids);
  const links = await selectInitiativeLinks(db, orgId, ids);
  const byId = new Map(rows.map((r) => [r.id, toInitiative(r, links)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
