import { Button, Heading, Paragraph, ToggleGroup, ToggleGroupItem } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import { useOrg } from '../../api/client-context';
import { useWorkflow } from '../../api/queries';
import { useCan } from '../../api/session';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useBoardShortcuts } from './board-shortcuts';
import { MoveCard, type CardMove } from './move-card';
import { PortfolioBoard } from './portfolio-board';
import { PortfolioFilters } from './portfolio-filters';
import { useFilterOptions, usePortfolioItems } from './portfolio-queries';
import { usePortfolioSearch, type PortfolioView } from './portfolio-search';
import { PortfolioTable } from './portfolio-table';
import { SavedViews } from './saved-views';
import { ShortcutsDialog } from './shortcuts-dialog';
import { usePortfolioCsv } from './use-portfolio-csv';

/** The portfolio as a board by phase or as a sortable table, filtered through the URL. */
export function PortfolioPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portfolio.title'));
  const { search, update } = usePortfolioSearch();
  const workflow = useWorkflow();
  const list = usePortfolioItems(search);
  const phases = workflow.data?.workflow.phases ?? [];
  const groupNames = useGroupNames();
  const org = useOrg();
  const orgMissing = workflow.error instanceof ApiError && workflow.error.code === 'not-found';
  const canDecide = useCan('initiative.decide');
  const [move, setMove] = useState<CardMove | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const downloadCsv = usePortfolioCsv(phases, groupNames);
  const toggleView = () => update({ view: search.view === 'board' ? 'table' : 'board' });

  useBoardShortcuts({
    onMove: (key) => {
      const initiative = list.items?.find((item) => item.key === key);
      if (initiative && canDecide) setMove({ initiative });
    },
    onToggleView: toggleView,
    onHelp: () => setHelpOpen(true),
  });
  const startMove = useMemo(
    () =>
      canDecide
        ? (initiative: InitiativeSummary, toPhase?: string) => setMove({ initiative, toPhase })
        : undefined,
    [canDecide],
  );

  return (
    <div className="page page--wide">
      <div className="page__intro">
        <Heading level={1} data-size="lg">
          {t('portfolio.title')}
        </Heading>
        <Paragraph>{search.view === 'table' ? t('portfolio.introTable') : t('portfolio.intro')}</Paragraph>
      </div>
      <SavedViews />
      <PortfolioFilters search={search} phases={phases} onChange={update} />
      <div className="toolbar">
        <p role="status" className="toolbar__count">
          {list.items ? t('portfolio.count', { count: list.items.length }) : ''}
        </p>
        <div className="toolbar__tools">
          <Button
            variant="tertiary"
            data-size="sm"
            disabled={!list.items}
            onClick={() => list.items && downloadCsv(list.items)}
          >
            {t('csv.download')}
          </Button>
          <Button variant="tertiary" data-size="sm" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
            {t('shortcuts.open')}
          </Button>
          <ToggleGroup
            aria-label={t('portfolio.view.label')}
            data-size="sm"
            value={search.view}
            onChange={(value) => update({ view: value as PortfolioView })}
          >
            <ToggleGroupItem value="board">{t('portfolio.view.board')}</ToggleGroupItem>
            <ToggleGroupItem value="table">{t('portfolio.view.table')}</ToggleGroupItem>
          </ToggleGroup>
        </div>
      </div>
      {list.truncated ? (
        <Paragraph>{t('portfolio.truncated', { count: list.items?.length ?? 0 })}</Paragraph>
      ) : null}
      {workflow.error || list.error ? (
        <LoadError
          error={workflow.error ?? list.error}
          message={orgMissing ? t('common.orgNotFound', { org }) : undefined}
          onRetry={() => void Promise.all([workflow.refetch(), list.refetch()])}
        />
      ) : !workflow.data || !list.items ? (
        <Loading />
      ) : search.view === 'table' ? (
        <PortfolioTable
          items={list.items}
          phases={phases}
          sort={search.sort}
          order={search.order}
          onSort={(sort, order) => update({ sort, order })}
        />
      ) : (
        <PortfolioBoard
          phases={search.phase ? phases.filter((phase) => phase.id === search.phase) : phases}
          items={list.items}
          groupNames={groupNames}
          lastPhase={phases.at(-1)?.id}
          onMove={startMove}
        />
      )}
      <MoveCard
        move={move}
        phases={phases}
        onChoose={(toPhase) => setMove((current) => (current ? { ...current, toPhase } : null))}
        onClose={() => setMove(null)}
      />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

/** Product group id → name, for the cards and the CSV. */
function useGroupNames(): ReadonlyMap<string, string> {
  const groups = useFilterOptions().data?.productGroups;
  return useMemo(() => new Map((groups ?? []).map((group) => [group.id, group.name])), [groups]);
}
