import { useTranslation } from 'react-i18next';
import { ChoiceList } from '../proposals/choice-list';
import { OkrFields } from '../proposals/okr-fields';
import { initiativeChoices, strategyChoiceGroups } from '../proposals/proposal-choices';
import type { ProposalOptions } from '../proposals/proposal-queries';
import type { EditField, FormValues } from './edit-fields';
import { yearChoices } from './edit-structured';
import { MilestoneFields } from './milestone-fields';

export type ChangeField = <F extends EditField>(field: F, value: FormValues[F]) => void;

interface Props {
  values: FormValues;
  change: ChangeField;
  options: ProposalOptions;
  /** The initiative being edited: it cannot depend on itself. */
  initiativeId: string;
}

/** What the initiative serves and builds on: strategic items, other initiatives, and its OKRs. */
export function AnchoringFields({ values, change, options, initiativeId }: Props) {
  const { t } = useTranslation();
  const loadFailed = t('proposal.choices.loadFailed');
  const others = (options.initiatives.data ?? []).filter((other) => other.id !== initiativeId);
  return (
    <>
      <ChoiceList
        path="strategicItemIds"
        legend={t('fields.strategicItemIds')}
        description={t('proposal.fields.strategicItemIdsDescription')}
        groups={strategyChoiceGroups(options.strategySources.data ?? [], options.strategyItems.data ?? [])}
        problem={options.strategySources.isError || options.strategyItems.isError ? loadFailed : undefined}
        selected={values.strategicItemIds}
        onChange={(ids) => change('strategicItemIds', ids)}
      />
      <ChoiceList
        path="dependsOnIds"
        legend={t('fields.dependsOnIds')}
        description={t('proposal.fields.dependsOnIdsDescription')}
        groups={[{ choices: initiativeChoices(others) }]}
        problem={options.initiatives.isError ? loadFailed : undefined}
        selected={values.dependsOnIds}
        onChange={(ids) => change('dependsOnIds', ids)}
      />
      <OkrFields okrs={values.okrs} onChange={(okrs) => change('okrs', okrs)} />
    </>
  );
}

/** Milestones, and the years the initiative is input to the budget proposal and the business plan. */
export function PlanFields({ values, change }: Pick<Props, 'values' | 'change'>) {
  const { t } = useTranslation();
  const years = (field: 'budgetProposalYears' | 'businessPlanYears') => (
    <ChoiceList
      path={field}
      legend={t(`fields.${field}`)}
      description={t('edit.yearsDescription')}
      groups={[{ choices: yearChoices(values[field]).map((year) => ({ id: year, label: year })) }]}
      selected={values[field]}
      onChange={(chosen) => change(field, [...chosen].sort())}
    />
  );
  return (
    <>
      <MilestoneFields lines={values.milestones} onChange={(lines) => change('milestones', lines)} />
      <div className="edit-years">
        {years('budgetProposalYears')}
        {years('businessPlanYears')}
      </div>
    </>
  );
}
