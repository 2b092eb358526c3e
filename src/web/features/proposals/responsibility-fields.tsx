import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../contracts/initiatives';
import { ChoiceList } from './choice-list';
import { fieldId } from './field-focus';
import { namedChoices } from './proposal-choices';
import {
  ALLOCATION_KINDS,
  type AllocationDraft,
  type AllocationKindChoice,
  type PriorityChoice,
} from './proposal-draft';
import { SelectField, useFieldError, type SectionProps } from './proposal-fields';
import type { ProposalOptions } from './proposal-queries';

interface Props extends SectionProps {
  options: ProposalOptions;
}

/** MoSCoW priority, the initiative's owner and responsible, and who is to do the work. */
export function ResponsibilityFields({ draft, change, options }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const priorityError = useFieldError('priority');
  const people = namedChoices(options.people.data ?? []);
  const priorities: PriorityChoice[] = [...PRIORITIES, ''];
  return (
    <>
      <Fieldset id={fieldId('priority')}>
        <Fieldset.Legend>{t('proposal.fields.priority')}</Fieldset.Legend>
        <Fieldset.Description>{t('proposal.fields.priorityDescription')}</Fieldset.Description>
        {priorityError ? <ValidationMessage>{priorityError}</ValidationMessage> : null}
        <div className="proposal-radios">
          {priorities.map((priority) => (
            <Radio
              key={priority || 'none'}
              name={`${name}-priority`}
              value={priority}
              checked={draft.priority === priority}
              onChange={() => change({ priority })}
              label={priority ? t(`values.priority.${priority}`) : t('proposal.fields.priorityNone')}
            />
          ))}
        </div>
      </Fieldset>
      <div className="proposal-pair">
        <SelectField
          path="ownerId"
          label={t('proposal.fields.ownerId')}
          description={t('proposal.fields.ownerIdDescription')}
          emptyLabel={t('proposal.fields.nobody')}
          options={people}
          value={draft.ownerId}
          onChange={(ownerId) => change({ ownerId })}
        />
        <SelectField
          path="responsibleId"
          label={t('proposal.fields.responsibleId')}
          description={t('proposal.fields.responsibleIdDescription')}
          emptyLabel={t('proposal.fields.nobody')}
          options={people}
          value={draft.responsibleId}
          onChange={(responsibleId) => change({ responsibleId })}
        />
      </div>
      <AllocationFields value={draft} onChange={change} options={options} />
    </>
  );
}

interface AllocationProps {
  value: AllocationDraft;
  onChange: (patch: Partial<AllocationDraft>) => void;
  /** Only the groups are used; the edit form passes the same options. */
  options: Pick<ProposalOptions, 'productGroups' | 'teams' | 'workingGroups'>;
}

/**
 * A product group, one or more teams, or a working group: the kind first, then the choice it needs.
 * Used by the proposal form and by the initiative's edit form.
 */
export function AllocationFields({ value: draft, onChange: change, options }: AllocationProps) {
  const { t } = useTranslation();
  const name = useId();
  const kinds: AllocationKindChoice[] = ['', ...ALLOCATION_KINDS];
  return (
    <Fieldset id={fieldId('allocation')}>
      <Fieldset.Legend>{t('proposal.fields.allocation')}</Fieldset.Legend>
      <Fieldset.Description>{t('proposal.fields.allocationDescription')}</Fieldset.Description>
      <div className="proposal-radios">
        {kinds.map((kind) => (
          <Radio
            key={kind || 'none'}
            name={`${name}-allocation`}
            value={kind}
            checked={draft.allocationKind === kind}
            onChange={() => change({ allocationKind: kind })}
            label={kind ? t(`proposal.fields.allocationKind.${kind}`) : t('proposal.fields.allocationNone')}
          />
        ))}
      </div>
      {draft.allocationKind === 'product-group' ? (
        <SelectField
          path="allocation.productGroupId"
          label={t('proposal.fields.productGroupId')}
          emptyLabel={t('proposal.fields.choose')}
          options={namedChoices(options.productGroups.data ?? [])}
          value={draft.productGroupId}
          onChange={(productGroupId) => change({ productGroupId })}
        />
      ) : null}
      {draft.allocationKind === 'teams' ? (
        <ChoiceList
          path="allocation.teamIds"
          legend={t('proposal.fields.teamIds')}
          groups={[{ choices: namedChoices(options.teams.data ?? []) }]}
          problem={options.teams.isError ? t('proposal.choices.loadFailed') : undefined}
          selected={draft.teamIds}
          onChange={(teamIds) => change({ teamIds })}
        />
      ) : null}
      {draft.allocationKind === 'working-group' ? (
        <SelectField
          path="allocation.workingGroupId"
          label={t('proposal.fields.workingGroupId')}
          emptyLabel={t('proposal.fields.choose')}
          options={namedChoices(options.workingGroups.data ?? [])}
          value={draft.workingGroupId}
          onChange={(workingGroupId) => change({ workingGroupId })}
        />
      ) : null}
    </Fieldset>
  );
}
