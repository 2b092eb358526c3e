import {
  Link,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  INITIATIVE_SORTS,
  type InitiativeSort,
  type InitiativeSummary,
} from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { HealthTag, PriorityTag, ReadyForDoneTag, StatusTag } from '../../ui/initiative-tags';
import { ProgressBar } from '../../ui/progress-bar';
import { ScrollableTable } from '../../ui/scrollable-table';
import type { PortfolioSearch } from './portfolio-search';

const COLUMNS = ['key', 'title', 'phase', 'priority', 'health', 'progress', 'updatedAt'] as const;
type Column = (typeof COLUMNS)[number];

/** Columns whose first click shows the most (newest, furthest along) first. */
const DESCENDING_FIRST = new Set<Column>(['updatedAt', 'progress']);

/** A column sorts when the API can sort by it; the order then comes from the server. */
const sortOf = (column: Column): InitiativeSort | undefined =>
  (INITIATIVE_SORTS as readonly string[]).includes(column) ? column : undefined;

interface Props {
  items: InitiativeSummary[];
  phases: PhaseDefinition[];
  sort: PortfolioSearch['sort'];
  order: PortfolioSearch['order'];
  onSort: (sort: InitiativeSort, order: 'asc' | 'desc') => void;
}

export function PortfolioTable({ items, phases, sort, order, onSort }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const phaseName = (id: string) => {
    const phase = phases.find((p) => p.id === id);
    return phase ? format.localised(phase.name) : id;
  };

  const header = (column: Column) => {
    const columnSort = sortOf(column);
    const label = t(`portfolio.table.columns.${column}`);
    if (!columnSort) return <TableHeaderCell key={column}>{label}</TableHeaderCell>;
    const active = columnSort === sort;
    const next =
      active && order === 'asc' ? 'desc' : active ? 'asc' : DESCENDING_FIRST.has(column) ? 'desc' : 'asc';
    return (
      <TableHeaderCell
        key={column}
        sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
        onClick={() => onSort(columnSort, next)}
      >
        {label}
      </TableHeaderCell>
    );
  };

  if (items.length === 0) return <Paragraph>{t('portfolio.table.empty')}</Paragraph>;
  return (
    <ScrollableTable caption={t('portfolio.table.caption')} zebra className="portfolio-table">
      <TableHead>
        <TableRow>{COLUMNS.map(header)}</TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="nowrap">{item.key}</TableCell>
            <TableCell>
              <Link asChild>
                <RouterLink to={paths.initiative(item.key)}>{item.title}</RouterLink>
              </Link>{' '}
              <StatusTag status={item.status} />
            </TableCell>
            <TableCell>{phaseName(item.phase)}</TableCell>
            <TableCell>
              <PriorityTag priority={item.priority} />
            </TableCell>
            <TableCell>
              <HealthTag health={item.health} />
            </TableCell>
            <TableCell>
              <div className="portfolio-table__progress">
                <ProgressBar value={item.progress} />
                <ReadyForDoneTag ready={item.readyForDone} phase={item.phase} />
              </div>
            </TableCell>
            <TableCell className="nowrap">{format.date(item.updatedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
