import { Button, Field, Input, Label, Select } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../ui/use-search-text';
import { INITIATIVE_STATUSES, PRIORITIES } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import { useFilterOptions } from './portfolio-queries';
import { activeFilterCount, FILTER_NAMES, HEALTH_FILTERS, type PortfolioSearch } from './portfolio-search';

interface Props {
  search: PortfolioSearch;
  phases: PhaseDefinition[];
  onChange: (patch: Partial<PortfolioSearch>, options?: { replace?: boolean }) => void;
}

type SelectFilter = Exclude<(typeof FILTER_NAMES)[number], 'q'>;
interface Option {
  value: string;
  label: string;
}

/** Every filter of the page; every change lands in the URL (and so in a saved view). */
export function PortfolioFilters({ search, phases, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const options = useFilterOptions().data;
  const text = useSearchText(search.q, (q) => onChange({ q }, { replace: true }));
  const count = activeFilterCount(search);
  // On a phone the filters fold behind a button (CSS shows it on narrow screens only).
  const [open, setOpen] = useState(false);
  const formId = `${id}-filters`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    text.settle();
    onChange({ q: text.value.trim() || undefined });
  };
  const filter = (name: SelectFilter, choices: Option[]) => (
    <Field className="filters__field" key={name}>
      <Label htmlFor={`${id}-${name}`}>{t(`portfolio.filters.${name}`)}</Label>
      <Select
        id={`${id}-${name}`}
        value={search[name] ?? ''}
        onChange={(e) => onChange({ [name]: e.target.value || undefined })}
      >
        <option value="">{t('portfolio.filters.all')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div className="filters-panel" data-open={open || undefined}>
      <Button
        variant="secondary"
        data-size="sm"
        className="filters-panel__toggle"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((was) => !was)}
      >
        {count > 0 ? t('portfolio.filters.toggleCount', { count }) : t('portfolio.filters.toggle')}
      </Button>
      <form
        id={formId}
        className="filters"
        role="search"
        aria-label={t('portfolio.filters.heading')}
        onSubmit={submit}
      >
        {filter(
          'phase',
          phases.map((phase) => ({ value: phase.id, label: format.localised(phase.name) })),
        )}
        {filter(
          'status',
          INITIATIVE_STATUSES.map((value) => ({ value, label: t(`values.status.${value}`) })),
        )}
        {filter(
          'priority',
          PRIORITIES.map((value) => ({ value, label: t(`values.priority.${value}`) })),
        )}
        {filter(
          'health',
          HEALTH_FILTERS.map((value) => ({
            value,
            label: value === 'none' ? t('portfolio.filters.healthNone') : t(`values.health.${value}`),
          })),
        )}
        {filter(
          'productGroup',
          (options?.productGroups ?? []).map((group) => ({ value: group.id, label: group.name })),
        )}
        {filter(
          'team',
          (options?.teams ?? []).map((team) => ({ value: team.id, label: team.name })),
        )}
        {filter(
          'goal',
          (options?.goals ?? []).map((goal) => ({
            value: goal.id,
            label: goal.ref ? `${goal.ref} ${goal.title}` : goal.title,
          })),
        )}
        <Field className="filters__field filters__field--search">
          <Label htmlFor={`${id}-q`}>{t('portfolio.filters.search')}</Label>
          <Input
            id={`${id}-q`}
            type="search"
            data-shortcut-target="filter-text"
            value={text.value}
            onChange={(e) => text.set(e.target.value)}
          />
        </Field>
        <div className="filters__actions">
          <Button type="submit" variant="primary" data-size="sm">
            {t('portfolio.filters.searchButton')}
          </Button>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            disabled={count === 0 && text.value === ''}
            onClick={() => {
              text.reset();
              onChange(Object.fromEntries(FILTER_NAMES.map((name) => [name, undefined])));
            }}
          >
            {count > 0 ? t('portfolio.filters.clearCount', { count }) : t('portfolio.filters.clear')}
          </Button>
        </div>
      </form>
    </div>
  );
}
