import { Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { fieldId } from './field-focus';
import { visibleChoices } from './proposal-choices';
import { useFieldError } from './proposal-fields';

export interface Choice {
  id: string;
  label: string;
  /** Nesting under another choice of the same group (a key result under its objective). */
  depth?: number;
}

export interface ChoiceGroup {
  /** A heading for the group (a strategic source); none for a flat list. */
  label?: string;
  choices: Choice[];
}

/** With more choices than this, a filter field comes first. */
const FILTER_FROM = 12;
/** At most this many unchosen choices are listed; the filter finds the rest. */
const SHOWN_MAX = 40;

interface Props {
  path: string;
  legend: string;
  description?: string;
  groups: ChoiceGroup[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** Shown instead of the list while the choices cannot be loaded. */
  problem?: string;
}

/**
 * Several choices as checkboxes, grouped, with a filter on long lists. Chosen ones stay listed
 * whatever the filter says, so a choice is never hidden from the person who made it.
 */
export function ChoiceList({ path, legend, description, groups, selected, onChange, problem }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const error = useFieldError(path);
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const total = groups.reduce((sum, group) => sum + group.choices.length, 0);
  const needle = filter.trim();
  const visible = visibleChoices(groups, selected, filter, SHOWN_MAX);
  const shown = visible.shown;
  const shownGroups = visible.groups;
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));

  return (
    <Fieldset id={fieldId(path)} className="choice-list">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      {problem ? <Paragraph data-size="sm">{problem}</Paragraph> : null}
      {total === 0 && !problem ? <Paragraph data-size="sm">{t('proposal.choices.none')}</Paragraph> : null}
      {total > FILTER_FROM ? (
        <div className="choice-list__filter">
          <Textfield
            id={filterId}
            type="search"
            data-size="sm"
            label={t('proposal.choices.filter')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            // Enter in the filter would otherwise send the whole form.
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          <p className="choice-list__count" role="status">
            {t('proposal.choices.showing', { shown: format.number(shown), total: format.number(total) })}
            {selected.length > 0 ? ` · ${t('proposal.choices.selected', { count: selected.length })}` : ''}
          </p>
        </div>
      ) : null}
      {shownGroups.map((group, index) => (
        // A group, not a nested fieldset: the list's error message stays tied to every checkbox.
        <div
          key={group.label ?? index}
          className="choice-list__group"
          role={group.label ? 'group' : undefined}
          aria-labelledby={group.label ? `${filterId}-group-${index}` : undefined}
        >
          {group.label ? (
            <p className="choice-list__group-label" id={`${filterId}-group-${index}`}>
              {group.label}
            </p>
          ) : null}
          {group.choices.map((choice) => (
            <Checkbox
              key={choice.id}
              data-size="sm"
              className="choice-list__choice"
              style={{ marginInlineStart: `calc(var(--ds-size-5) * ${choice.depth ?? 0})` }}
              label={choice.label}
              value={choice.id}
              checked={selected.includes(choice.id)}
              onChange={(e) => toggle(choice.id, e.target.checked)}
            />
          ))}
        </div>
      ))}
      {needle && shown === 0 ? <Paragraph data-size="sm">{t('proposal.choices.noMatch')}</Paragraph> : null}
      {visible.more ? <Paragraph data-size="sm">{t('proposal.choices.more')}</Paragraph> : null}
    </Fieldset>
  );
}
