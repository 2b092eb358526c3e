import { Button, Field, Input, Label, Select } from '@digdir/designsystemet-react';
import { useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES, PRIORITIES } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import type { PortfolioSearch } from './portfolio-search';

interface Props {
  search: PortfolioSearch;
  phases: PhaseDefinition[];
  onChange: (patch: Partial<PortfolioSearch>, options?: { replace?: boolean }) => void;
}

/** How long typing pauses before the search runs. */
const TYPING_PAUSE_MS = 400;

/** Phase, status, priority and text; every change lands in the URL. */
export function PortfolioFilters({ search, phases, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const text = useSearchText(search.q, (q) => onChange({ q }, { replace: true }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    text.settle();
    onChange({ q: text.value.trim() || undefined });
  };
  const select = (name: 'phase' | 'status' | 'priority', value: string) =>
    onChange({ [name]: value || undefined });

  return (
    <form className="filters" role="search" aria-label={t('portfolio.filters.heading')} onSubmit={submit}>
      <Field className="filters__field">
        <Label htmlFor={`${id}-phase`}>{t('portfolio.filters.phase')}</Label>
        <Select
          id={`${id}-phase`}
          value={search.phase ?? ''}
          onChange={(e) => select('phase', e.target.value)}
        >
          <option value="">{t('portfolio.filters.all')}</option>
          {phases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {format.localised(phase.name)}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="filters__field">
        <Label htmlFor={`${id}-status`}>{t('portfolio.filters.status')}</Label>
        <Select
          id={`${id}-status`}
          value={search.status ?? ''}
          onChange={(e) => select('status', e.target.value)}
        >
          <option value="">{t('portfolio.filters.all')}</option>
          {INITIATIVE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`values.status.${status}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="filters__field">
        <Label htmlFor={`${id}-priority`}>{t('portfolio.filters.priority')}</Label>
        <Select
          id={`${id}-priority`}
          value={search.priority ?? ''}
          onChange={(e) => select('priority', e.target.value)}
        >
          <option value="">{t('portfolio.filters.all')}</option>
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`values.priority.${priority}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field className="filters__field filters__field--search">
        <Label htmlFor={`${id}-q`}>{t('portfolio.filters.search')}</Label>
        <Input id={`${id}-q`} type="search" value={text.value} onChange={(e) => text.set(e.target.value)} />
      </Field>
      <div className="filters__actions">
        <Button type="submit" variant="primary" data-size="sm">
          {t('portfolio.filters.searchButton')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={() => {
            text.reset();
            onChange({ phase: undefined, status: undefined, priority: undefined, q: undefined });
          }}
        >
          {t('portfolio.filters.clear')}
        </Button>
      </div>
    </form>
  );
}

/** The search box's own text, committed after a pause in typing; follows the URL when it changes. */
function useSearchText(committed: string | undefined, commit: (q: string | undefined) => void) {
  const [value, setValue] = useState(committed ?? '');
  const [dirty, setDirty] = useState(false);
  const [lastCommitted, setLastCommitted] = useState(committed);
  if (lastCommitted !== committed) {
    // The URL changed (back button, clear): show what it says.
    setLastCommitted(committed);
    setValue(committed ?? '');
    setDirty(false);
  }
  const commitNow = useEffectEvent((text: string) => commit(text.trim() || undefined));
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      setDirty(false);
      commitNow(value);
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, value]);
  return {
    value,
    set: (next: string) => {
      setValue(next);
      setDirty(true);
    },
    reset: () => {
      setValue('');
      setDirty(false);
    },
    /** Stops a pending commit: the caller commits now. */
    settle: () => setDirty(false),
  };
}
