import { useTranslation } from 'react-i18next';
import type { AllocationDraft, FundingDraft, OkrDraft, ResourceDraft } from '../proposals/proposal-draft';
import type { ProposalOptions } from '../proposals/proposal-queries';
import { useFormat } from '../../i18n/format';
import type { MilestoneDraft, StructuredField, StructuredValues } from './edit-structured';

/**
 * A structured field's value in words for the conflict view: names rather than ids ("Team: Ære,
 * Plattform"), counts for OKRs ("2 mål, 5 nøkkelresultater"), one strategic item, milestone or line
 * of money or people per line of text.
 * Empty text when there is nothing, for the caller to show as "(tomt)".
 */
export function useStructuredDisplay(options: ProposalOptions) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameIn = (list: readonly { id: string; name: string }[] | undefined) => (id: string) =>
    list?.find((entity) => entity.id === id)?.name ?? id.slice(0, 8);
  const itemName = (id: string) => {
    const item = options.strategyItems.data?.find((candidate) => candidate.id === id);
    if (!item) return id.slice(0, 8);
    return item.ref ? `${item.ref} ${item.title}` : item.title;
  };
  const initiativeName = (id: string) => {
    const other = options.initiatives.data?.find((candidate) => candidate.id === id);
    return other ? `${other.key} ${other.title}` : id.slice(0, 8);
  };
  const list = (values: string[]) => (values.length === 0 ? '' : format.list(values));
  /** Long names one to a line (the conflict view keeps line breaks): commas inside names stay clear. */
  const lines = (values: string[]) => values.join('\n');

  const allocation = (value: AllocationDraft): string => {
    if (value.allocationKind === '') return '';
    const kind = t(`proposal.fields.allocationKind.${value.allocationKind}`);
    const names =
      value.allocationKind === 'teams'
        ? list(value.teamIds.map(nameIn(options.teams.data)))
        : value.allocationKind === 'product-group'
          ? nameIn(options.productGroups.data)(value.productGroupId)
          : nameIn(options.workingGroups.data)(value.workingGroupId);
    return t('edit.display.allocation', { kind, names });
  };
  const okrs = (value: OkrDraft[]): string => {
    if (value.length === 0) return '';
    const count = value.reduce((sum, okr) => sum + okr.keyResults.length, 0);
    const titles = value.map((okr) => okr.objective.trim()).filter(Boolean);
    const counts = t('edit.display.okrs', {
      objectives: t('edit.display.objectives', { count: value.length }),
      keyResults: t('edit.display.keyResults', { count }),
    });
    return titles.length > 0 ? `${counts}: ${format.list(titles)}` : counts;
  };
  const resources = (value: ResourceDraft[]) =>
    value
      .map((line) =>
        t('edit.display.resourceLine', {
          year: line.year,
          internal: line.internalPersonMonths || '0',
          external: line.externalPersonMonths || '0',
        }),
      )
      .join('\n');
  const funding = (value: FundingDraft[]) =>
    value
      .map((line) =>
        t('edit.display.fundingLine', { year: line.year, item: line.budgetItem, need: line.needNok }),
      )
      .join('\n');
  const milestones = (value: MilestoneDraft[]) =>
    lines(
      value.map((m) =>
        m.done
          ? t('edit.display.milestoneDone', { title: m.title })
          : m.due
            ? t('edit.display.milestoneDue', { title: m.title, due: format.date(m.due) })
            : m.title,
      ),
    );

  return (field: StructuredField, value: StructuredValues[StructuredField]): string => {
    switch (field) {
      case 'allocation':
        return allocation(value as AllocationDraft);
      case 'strategicItemIds':
        return lines((value as string[]).map(itemName));
      case 'dependsOnIds':
        return lines((value as string[]).map(initiativeName));
      case 'okrs':
        return okrs(value as OkrDraft[]);
      case 'milestones':
        return milestones(value as MilestoneDraft[]);
      case 'resources':
        return resources(value as ResourceDraft[]);
      case 'funding':
        return funding(value as FundingDraft[]);
      case 'budgetProposalYears':
      case 'businessPlanYears':
        return list(value as string[]);
    }
    return '';
  };
}
