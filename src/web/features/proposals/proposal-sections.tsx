import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceList } from './choice-list';
import { OkrFields } from './okr-fields';
import { initiativeChoices, strategyChoiceGroups } from './proposal-choices';
import type { ProposalDraft } from './proposal-draft';
import { TextField, type SectionProps } from './proposal-fields';
import type { ProposalOptions } from './proposal-queries';
import { ProposalSection } from './proposal-section';
import { FundingLines, ResourceLines } from './resource-lines';
import { ResponsibilityFields } from './responsibility-fields';

/** The template's parts after the required fields, and the draft fields each holds. */
const SECTIONS = {
  rationale: ['description', 'riskIfNotDone'],
  basics: ['collaboration', 'dependsOnIds'],
  anchoring: ['strategicItemIds', 'okrs'],
  resources: ['competence', 'personMonthsTotal', 'resources', 'funding'],
  responsibility: ['priority', 'ownerId', 'responsibleId', 'allocationKind'],
} as const satisfies Record<string, readonly (keyof ProposalDraft)[]>;

type SectionId = keyof typeof SECTIONS;

/** How many of the section's fields hold something (a text, a choice, a line). */
export function filledIn(draft: ProposalDraft, section: SectionId): number {
  return SECTIONS[section].filter((key) => {
    const value = draft[key];
    return Array.isArray(value) ? value.length > 0 : value.trim() !== '';
  }).length;
}

interface Props extends SectionProps {
  options: ProposalOptions;
}

export function ProposalSections({ draft, change, options }: Props) {
  const { t } = useTranslation();
  // A section with something in it when the page opens (a restored draft) starts open.
  const [initiallyOpen] = useState(
    () => new Set((Object.keys(SECTIONS) as SectionId[]).filter((id) => filledIn(draft, id) > 0)),
  );
  const section = (id: SectionId) => ({
    title: t(`proposal.sections.${id}`),
    filled: filledIn(draft, id),
    defaultOpen: initiallyOpen.has(id),
  });
  const loadFailed = t('proposal.choices.loadFailed');

  return (
    <>
      <ProposalSection {...section('rationale')}>
        <TextField
          path="description"
          multiline
          label={t('proposal.fields.description')}
          description={t('proposal.fields.descriptionDescription')}
          value={draft.description}
          onChange={(description) => change({ description })}
        />
        <TextField
          path="riskIfNotDone"
          multiline
          label={t('proposal.fields.riskIfNotDone')}
          value={draft.riskIfNotDone}
          onChange={(riskIfNotDone) => change({ riskIfNotDone })}
        />
      </ProposalSection>
      <ProposalSection {...section('basics')}>
        <TextField
          path="collaboration"
          label={t('proposal.fields.collaboration')}
          description={t('proposal.fields.collaborationDescription')}
          value={draft.collaboration}
          onChange={(collaboration) => change({ collaboration })}
        />
        <ChoiceList
          path="dependsOnIds"
          legend={t('proposal.fields.dependsOnIds')}
          description={t('proposal.fields.dependsOnIdsDescription')}
          groups={[{ choices: initiativeChoices(options.initiatives.data ?? []) }]}
          problem={options.initiatives.isError ? loadFailed : undefined}
          selected={draft.dependsOnIds}
          onChange={(dependsOnIds) => change({ dependsOnIds })}
        />
      </ProposalSection>
      <ProposalSection {...section('anchoring')}>
        <ChoiceList
          path="strategicItemIds"
          legend={t('proposal.fields.strategicItemIds')}
          description={t('proposal.fields.strategicItemIdsDescription')}
          groups={strategyChoiceGroups(options.strategySources.data ?? [], options.strategyItems.data ?? [])}
          problem={options.strategySources.isError || options.strategyItems.isError ? loadFailed : undefined}
          selected={draft.strategicItemIds}
          onChange={(strategicItemIds) => change({ strategicItemIds })}
        />
        <OkrFields okrs={draft.okrs} onChange={(okrs, o) => change({ okrs }, o)} />
      </ProposalSection>
      <ProposalSection {...section('resources')}>
        <TextField
          path="competence"
          multiline
          label={t('proposal.fields.competence')}
          value={draft.competence}
          onChange={(competence) => change({ competence })}
        />
        <TextField
          path="personMonthsTotal"
          inputMode="decimal"
          className="proposal__number"
          label={t('proposal.fields.personMonthsTotal')}
          description={t('proposal.fields.personMonthsTotalDescription')}
          value={draft.personMonthsTotal}
          onChange={(personMonthsTotal) => change({ personMonthsTotal })}
        />
        <ResourceLines lines={draft.resources} onChange={(resources, o) => change({ resources }, o)} />
        <FundingLines lines={draft.funding} onChange={(funding, o) => change({ funding }, o)} />
      </ProposalSection>
      <ProposalSection {...section('responsibility')}>
        <ResponsibilityFields draft={draft} change={change} options={options} />
      </ProposalSection>
    </>
  );
}
