import { Heading, Paragraph, ToggleGroup, ToggleGroupItem } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import { useOrg } from '../../api/client-context';
import { useInitiativeList, useWorkflow } from '../../api/queries';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PortfolioBoard } from './portfolio-board';
import { PortfolioFilters } from './portfolio-filters';
import { usePortfolioSearch, type PortfolioView } from './portfolio-search';
import { PortfolioTable } from './portfolio-table';

/** The portfolio as a board by phase or as a sortable table, filtered through the URL. */
export function PortfolioPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portfolio.title'));
  const { search, update } = usePortfolioSearch();
  const workflow = useWorkflow();
  const { view, sort, order, ...filters } = search;
  const list = useInitiativeList(view === 'table' ? { ...filters, sort, order } : filters);
  const phases = workflow.data?.workflow.phases ?? [];
  const org = useOrg();
  const orgMissing = workflow.error instanceof ApiError && workflow.error.code === 'not-found';

  return (
    <div className="page page--wide">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('portfolio.title')}
        </Heading>
        <Paragraph>{t('portfolio.intro')}</Paragraph>
      </div>
      <PortfolioFilters search={search} phases={phases} onChange={update} />
      <div className="toolbar">
        <p role="status" className="toolbar__count">
          {list.data ? t('portfolio.count', { count: list.data.items.length }) : ''}
        </p>
        <ToggleGroup
          aria-label={t('portfolio.view.label')}
          data-size="sm"
          value={view}
          onChange={(value) => update({ view: value as PortfolioView })}
        >
          <ToggleGroupItem value="board">{t('portfolio.view.board')}</ToggleGroupItem>
          <ToggleGroupItem value="table">{t('portfolio.view.table')}</ToggleGroupItem>
        </ToggleGroup>
      </div>
      {list.data?.truncated ? (
        <Paragraph>{t('portfolio.truncated', { count: list.data.items.length })}</Paragraph>
      ) : null}
      {workflow.error || list.error ? (
        <LoadError
          error={workflow.error ?? list.error}
          message={orgMissing ? t('common.orgNotFound', { org }) : undefined}
          onRetry={() => void Promise.all([workflow.refetch(), list.refetch()])}
        />
      ) : !workflow.data || !list.data ? (
        <Loading />
      ) : view === 'table' ? (
        <PortfolioTable
          items={list.data.items}
          phases={phases}
          sort={sort}
          order={order}
          onSort={(nextSort, nextOrder) => update({ sort: nextSort, order: nextOrder })}
        />
      ) : (
        <PortfolioBoard
          phases={search.phase ? phases.filter((phase) => phase.id === search.phase) : phases}
          items={list.data.items}
        />
      )}
    </div>
  );
}
