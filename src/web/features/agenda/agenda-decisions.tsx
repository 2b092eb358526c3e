import {
  Link,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AgendaDecision } from '../../../contracts/agenda';
import { useAppPaths } from '../../api/client-context';
import { useFormat } from '../../i18n/format';
import { ScrollableTable } from '../../ui/scrollable-table';
import { usePhaseName } from '../../ui/use-phase-name';

/** The decisions taken since the agenda's start day, newest first, one row each. */
export function DecisionsTable({ items, since }: { items: AgendaDecision[]; since: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paths = useAppPaths();
  const phaseName = usePhaseName();
  const column = (name: 'date' | 'initiative' | 'phase' | 'outcome' | 'decidedBy' | 'conditions') =>
    t(`agenda.sections.decisions.${name}`);
  return (
    <ScrollableTable
      caption={t('agenda.sections.decisions.caption', { date: format.date(since) })}
      className="agenda-decisions"
    >
      <TableHead>
        <TableRow>
          <TableHeaderCell>{column('date')}</TableHeaderCell>
          <TableHeaderCell>{column('initiative')}</TableHeaderCell>
          <TableHeaderCell>{column('phase')}</TableHeaderCell>
          <TableHeaderCell>{column('outcome')}</TableHeaderCell>
          <TableHeaderCell>{column('decidedBy')}</TableHeaderCell>
          <TableHeaderCell>{column('conditions')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((d) => (
          <TableRow key={d.id} data-decision={d.id}>
            <TableCell className="nowrap">
              <time dateTime={d.decidedOn}>{format.date(d.decidedOn)}</time>
            </TableCell>
            <TableCell>
              <Link asChild>
                <RouterLink to={paths.initiative(d.key)}>
                  <span className="agenda-item__key">{d.key}</span> {d.title}
                </RouterLink>
              </Link>
            </TableCell>
            <TableCell>
              {d.fromPhase === d.toPhase
                ? phaseName(d.toPhase)
                : t('decisions.move', { from: phaseName(d.fromPhase), to: phaseName(d.toPhase) })}
            </TableCell>
            <TableCell>{t(`values.outcome.${d.outcome}`)}</TableCell>
            <TableCell>{d.decidedBy}</TableCell>
            <TableCell className="long-text">{d.conditions ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
