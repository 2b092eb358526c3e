import type { UpdateInitiative } from '../../contracts/initiatives';
import type { Workflow } from '../../contracts/workflow';
import { checklistCriterionIds } from '../../domain/workflow/evaluate-gate';
import type { Db } from '../../store/database';
import {
  replaceInitiativeLinks,
  type NewInitiativeRow,
} from '../../store/repositories/initiatives-repository';
import { AppError } from '../shared/app-error';
import { definedOnly } from '../shared/crud';

/** The row columns an edit sets; fields absent from the input stay as they are. */
export function initiativeColumns(input: UpdateInitiative): Partial<NewInitiativeRow> {
  const allocation = input.allocation;
  return definedOnly({
    title: input.title,
    problemStatement: input.problemStatement,
    description: input.description,
    riskIfNotDone: input.riskIfNotDone,
    collaboration: input.collaboration,
    competence: input.competence,
    personMonthsTotal: input.personMonthsTotal,
    priority: input.priority,
    riskLevel: input.riskLevel,
    riskText: input.riskText,
    ownerId: input.ownerId,
    submitterId: input.submitterId,
    responsibleId: input.responsibleId,
    okrs: input.okrs,
    milestones: input.milestones,
    funding: input.funding,
    resources: input.resources,
    budgetProposalYears: input.budgetProposalYears
      ? [...new Set(input.budgetProposalYears)].sort()
      : undefined,
    businessPlanYears: input.businessPlanYears ? [...new Set(input.businessPlanYears)].sort() : undefined,
    measurementPlan: input.measurementPlan,
    checkedCriteria: input.checkedCriteria ? [...new Set(input.checkedCriteria)] : undefined,
    ...(allocation === undefined
      ? {}
      : {
          allocationKind: allocation?.kind ?? null,
          allocationProductGroupId: allocation?.kind === 'product-group' ? allocation.productGroupId : null,
          allocationWorkingGroupId: allocation?.kind === 'working-group' ? allocation.workingGroupId : null,
        }),
  });
}

/** Writes the link sets present in the input. */
export async function writeInitiativeLinks(
  tx: Db,
  orgId: string,
  id: string,
  input: UpdateInitiative,
): Promise<void> {
  if (input.allocation !== undefined) {
    const teamIds = input.allocation?.kind === 'teams' ? input.allocation.teamIds : [];
    await replaceInitiativeLinks(tx, orgId, id, 'teams', teamIds);
  }
  if (input.dependsOnIds) await replaceInitiativeLinks(tx, orgId, id, 'dependencies', input.dependsOnIds);
  if (input.strategicItemIds)
    await replaceInitiativeLinks(tx, orgId, id, 'strategicItems', input.strategicItemIds);
}

/** Rules the schema cannot see: they need the workflow or the initiative's own id. */
export function checkInitiativeInput(workflow: Workflow, input: UpdateInitiative, selfId?: string): void {
  const issues: { path: string; message: string }[] = [];
  if (input.checkedCriteria) {
    const known = checklistCriterionIds(workflow);
    input.checkedCriteria.forEach((id, i) => {
      if (!known.has(id))
        issues.push({
          path: `body.checkedCriteria.${i}`,
          message: `${id} is not a checklist criterion of the workflow`,
        });
    });
  }
  if (selfId && input.dependsOnIds?.includes(selfId)) {
    issues.push({ path: 'body.dependsOnIds', message: 'an initiative cannot depend on itself' });
  }
  if (issues.length > 0)
    throw new AppError('validation-failed', `${issues.length} field(s) are not valid`, { issues });
}
