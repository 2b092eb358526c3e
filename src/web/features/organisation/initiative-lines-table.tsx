import {
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeLine } from '../../../contracts/strategy-coverage';
import { useAppPaths } from '../../api/client-context';
import { HealthTag, StatusTag } from '../../ui/initiative-tags';
import { ScrollableTable } from '../../ui/scrollable-table';
import { AppLink } from '../../ui/app-link';
import { usePhaseName } from '../../ui/use-phase-name';

/** A column of its own for a table of initiatives (a team's share, a person's role). */
export interface ExtraColumn<T> {
  key: string;
  header: string;
  cell: (line: T) => ReactNode;
  numeric?: boolean;
}

/** Initiatives as a table: case number and title (a link), phase, health, and any extra columns. */
export function InitiativeLinesTable<T extends InitiativeLine>({
  caption,
  lines,
  empty,
  extra = [],
}: {
  caption: string;
  lines: T[];
  empty: string;
  extra?: ExtraColumn<T>[];
}) {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const phaseName = usePhaseName();
  if (lines.length === 0) return <Paragraph className="not-set">{empty}</Paragraph>;
  return (
    <ScrollableTable caption={caption} zebra className="initiative-lines">
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('organisation.initiatives.initiative')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.initiatives.phase')}</TableHeaderCell>
          <TableHeaderCell>{t('organisation.initiatives.health')}</TableHeaderCell>
          {extra.map((column) => (
            <TableHeaderCell key={column.key} className={column.numeric ? 'number' : undefined}>
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.id} data-initiative={line.key}>
            <TableCell>
              {/* The case number above its title: one column instead of two, so a phone has room. */}
              <span className="initiative-line__key">{line.key}</span>
              <AppLink to={paths.initiative(line.key)}>{line.title}</AppLink>{' '}
              <StatusTag status={line.status} />
            </TableCell>
            <TableCell>{phaseName(line.phase)}</TableCell>
            <TableCell>
              {line.health ? (
                <HealthTag health={line.health} />
              ) : (
                <span className="not-set">{t('organisation.initiatives.noHealth')}</span>
              )}
            </TableCell>
            {extra.map((column) => (
              <TableCell key={column.key} className={column.numeric ? 'number' : undefined}>
                {column.cell(line)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
