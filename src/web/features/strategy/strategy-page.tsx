import { Field, Heading, Label, Paragraph, Select, Switch } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyCoverage } from '../../../contracts/strategy-coverage';
import { useFormat } from '../../i18n/format';
import { LoadError, Loading } from '../../ui/query-state';
import { useUrlState } from '../../ui/use-url-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { CoverageSourceSection } from './coverage-source';
import {
  coverageSearchParams,
  filterCoverage,
  kindsPresent,
  parseCoverageSearch,
  type CoverageSearch,
} from './coverage-filter';
import { useStrategyCoverage } from './strategy-queries';

/** Strategic sources and their goals against the initiatives serving them; goals with none stand out. */
export function StrategyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('strategy.title'));
  const coverage = useStrategyCoverage();
  const { state: search, update } = useUrlState(parseCoverageSearch, coverageSearchParams);
  const change = (patch: Partial<CoverageSearch>) => update(patch, { replace: true });
  return (
    <div className="page strategy-page">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('strategy.title')}
        </Heading>
        <Paragraph>{t('strategy.intro')}</Paragraph>
      </div>
      {coverage.error ? (
        <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : !coverage.data ? (
        <Loading />
      ) : (
        <>
          <CoverageSummary coverage={coverage.data} />
          <CoverageFilters coverage={coverage.data} search={search} onChange={change} />
          <CoverageSources coverage={coverage.data} search={search} />
        </>
      )}
    </div>
  );
}

function CoverageSummary({ coverage }: { coverage: StrategyCoverage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = coverage.sources
    .flatMap((source) => source.items)
    .filter((item) => (item.kind === 'goal' || item.kind === 'objective') && !item.ended).length;
  const none = coverage.goalsWithout;
  return (
    <div className="coverage-summary" data-goals-without={none}>
      <Paragraph data-size="lg" className="coverage-summary__count">
        {none > 0 ? (
          <span aria-hidden="true" className="coverage-mark">
            !
          </span>
        ) : null}
        <strong>{t('strategy.goalsWithout', { count: none, formatted: format.number(none) })}</strong>{' '}
        <span>{t('strategy.ofGoals', { count: counted, formatted: format.number(counted) })}</span>
      </Paragraph>
      <Paragraph data-size="sm" className="subtle">
        {t('strategy.goalsWithoutHelp')}
      </Paragraph>
    </div>
  );
}

function CoverageFilters({
  coverage,
  search,
  onChange,
}: {
  coverage: StrategyCoverage;
  search: CoverageSearch;
  onChange: (patch: Partial<CoverageSearch>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form
      className="filters coverage-filters"
      aria-label={t('strategy.filters.heading')}
      onSubmit={(e) => e.preventDefault()}
    >
      <Field className="filters__field">
        <Label htmlFor={`${id}-kind`}>{t('strategy.filters.kind')}</Label>
        <Select
          id={`${id}-kind`}
          value={search.kind ?? ''}
          onChange={(e) => onChange({ kind: (e.target.value || undefined) as CoverageSearch['kind'] })}
        >
          <option value="">{t('strategy.filters.all')}</option>
          {kindsPresent(coverage).map((kind) => (
            <option key={kind} value={kind}>
              {t(`thread.sourceKinds.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        className="coverage-filters__switch"
        label={t('strategy.filters.onlyUncovered')}
        checked={search.onlyUncovered}
        onChange={(e) => onChange({ onlyUncovered: e.target.checked })}
      />
    </form>
  );
}

function CoverageSources({ coverage, search }: { coverage: StrategyCoverage; search: CoverageSearch }) {
  const { t } = useTranslation();
  if (coverage.sources.length === 0) return <Paragraph className="not-set">{t('strategy.empty')}</Paragraph>;
  const sources = filterCoverage(coverage, search);
  if (sources.length === 0) return <Paragraph className="not-set">{t('strategy.noMatch')}</Paragraph>;
  return (
    <div className="coverage-sources">
      {sources.map((source) => (
        <CoverageSourceSection key={source.id} source={source} />
      ))}
    </div>
  );
}
