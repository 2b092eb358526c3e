import { useTranslation } from 'react-i18next';
import { PRIORITIES, RISK_LEVELS } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { usePeople } from '../../api/account-queries';
import { useFormat } from '../../i18n/format';
import type { ProposalOptions } from '../proposals/proposal-queries';
import type { EditField, FormValue } from './edit-fields';
import { isStructured, type StructuredValues } from './edit-structured';
import { useStructuredDisplay } from './use-structured-display';

/**
 * The choices of the edit form's lists, and any field's value as a reader sees it (a person's name,
 * a priority's word, criteria by their labels, a structured field in short): shared by the form and the conflict view.
 */
export function useEditLabels(phases: readonly PhaseDefinition[], choices: ProposalOptions) {
  const { t } = useTranslation();
  const format = useFormat();
  const structured = useStructuredDisplay(choices);
  const people = usePeople().data ?? [];
  const peopleOptions = [...people]
    .sort((a, b) => a.name.localeCompare(b.name, format.locale))
    .map((person) => ({ value: person.id, label: person.name }));
  const options = {
    priority: PRIORITIES.map((value) => ({ value, label: t(`values.priority.${value}`) })),
    riskLevel: RISK_LEVELS.map((value) => ({ value, label: t(`values.riskLevel.${value}`) })),
    ownerId: peopleOptions,
    responsibleId: peopleOptions,
  };
  const criterionLabel = (id: string) => {
    const criterion = phases.flatMap((phase) => phase.exitCriteria).find((c) => c.id === id);
    return criterion ? format.localised(criterion.label) : id;
  };

  /** The value in words; empty as "(tomt)". */
  const display = (field: EditField, value: FormValue): string => {
    if (field === 'checkedCriteria') {
      const ids = value as readonly string[];
      return ids.length === 0 ? t('edit.conflict.empty') : format.list(ids.map(criterionLabel));
    }
    if (isStructured(field)) {
      return structured(field, value as StructuredValues[typeof field]) || t('edit.conflict.empty');
    }
    const text = (value as string).trim();
    if (text === '') return t('edit.conflict.empty');
    if (field in options) {
      const list = options[field as keyof typeof options];
      return list.find((option) => option.value === text)?.label ?? text;
    }
    return text;
  };
  return { options, display };
}
