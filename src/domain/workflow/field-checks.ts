import type { Initiative } from '../../contracts/initiatives';
import type { CheckableField } from '../../contracts/workflow';

const hasText = (v: string | null | undefined) => typeof v === 'string' && v.trim().length > 0;

/** When a gate's field criterion counts as met. One rule per checkable field; exhaustive. */
export function isFieldFilled(field: CheckableField, i: Initiative): boolean {
  switch (field) {
    case 'title':
      return hasText(i.title);
    case 'description':
      return hasText(i.description);
    case 'problemStatement':
      return hasText(i.problemStatement);
    case 'riskIfNotDone':
      return hasText(i.riskIfNotDone);
    case 'priority':
      return i.priority !== null;
    case 'owner':
      return i.ownerId !== null;
    case 'responsible':
      return i.responsibleId !== null;
    case 'strategicItems':
      return i.strategicItemIds.length > 0;
    case 'okrs':
      return i.okrs.some((o) => o.keyResults.length > 0);
    case 'riskAssessment':
      return i.riskLevel !== null && hasText(i.riskText);
    case 'competence':
      return hasText(i.competence);
    case 'personMonths':
      return i.personMonthsTotal !== null && i.personMonthsTotal > 0;
    case 'allocation':
      return i.allocation !== null;
    case 'milestones':
      return i.milestones.length > 0;
    case 'funding':
      return i.funding.length > 0;
    case 'resources':
      return i.resources.length > 0;
    case 'measurementPlan':
      return hasText(i.measurementPlan);
  }
}
