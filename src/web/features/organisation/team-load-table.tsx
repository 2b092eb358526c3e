import {
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { QuarterLoad, TeamLoadReport } from '../../../contracts/organisation-views';
import { useFormat } from '../../i18n/format';
import { ScrollableTable } from '../../ui/scrollable-table';
import { useLoadingPhaseNames } from './loading-phase-names';

/** Each quarter's load against capacity; over capacity is said in words, the bar only repeats it. */
export function TeamLoadTable({ load }: { load: TeamLoadReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const phases = useLoadingPhaseNames();
  const over = load.quarters.filter((q) => q.overBy !== null).length;
  // One scale for every bar, so the rows can be compared.
  const scale = Math.max(load.capacityPersonMonthsPerQuarter ?? 0, ...load.quarters.map((q) => q.demand), 1);
  const summary =
    load.capacityPersonMonthsPerQuarter === null
      ? t('organisation.load.noCapacity')
      : over > 0
        ? t('organisation.load.overSummary', { count: over, total: format.number(load.quarters.length) })
        : t('organisation.load.withinSummary');
  return (
    <>
      <Paragraph className="team-load__summary" data-over={over > 0}>
        {summary}
      </Paragraph>
      <ScrollableTable caption={t('organisation.load.caption')} className="team-load">
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('organisation.load.quarter')}</TableHeaderCell>
            <TableHeaderCell>{t('organisation.load.demand')}</TableHeaderCell>
            <TableHeaderCell>{t('organisation.load.assessment')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {load.quarters.map((q) => (
            <TableRow
              key={`${q.year}-${q.quarter}`}
              data-quarter={`${q.year}-${q.quarter}`}
              data-over={q.overBy !== null}
            >
              <TableCell className="nowrap">
                {t('organisation.load.quarterName', { quarter: String(q.quarter), year: String(q.year) })}
              </TableCell>
              <TableCell>
                <LoadBar quarter={q} scale={scale} />
              </TableCell>
              <TableCell>
                <Assessment quarter={q} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollableTable>
      <Paragraph data-size="sm" className="subtle">
        {t('organisation.load.rule', { phases: format.list(phases) })}
      </Paragraph>
    </>
  );
}

function LoadBar({ quarter, scale }: { quarter: QuarterLoad; scale: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = (value: number) => `${Math.min(100, (value / scale) * 100)}%`;
  return (
    <span className="load-bar">
      <span className="load-bar__track" aria-hidden="true">
        <span
          className="load-bar__fill"
          data-over={quarter.overBy !== null}
          style={{ inlineSize: share(quarter.demand) }}
        />
        {quarter.capacity === null ? null : (
          <span className="load-bar__capacity" style={{ insetInlineStart: share(quarter.capacity) }} />
        )}
      </span>
      <span className="load-bar__value">
        {quarter.capacity === null
          ? t('organisation.personMonths', { value: format.number(quarter.demand) })
          : t('organisation.load.demandOf', {
              demand: format.number(quarter.demand),
              capacity: format.number(quarter.capacity),
            })}
      </span>
    </span>
  );
}

function Assessment({ quarter }: { quarter: QuarterLoad }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (quarter.capacity === null) return <span className="not-set">{t('organisation.load.unknown')}</span>;
  if (quarter.overBy === null) return <span>{t('organisation.load.within')}</span>;
  return (
    <strong className="load-over">
      <span aria-hidden="true" className="load-over__mark">
        !
      </span>
      {t('organisation.load.over', { value: format.number(quarter.overBy) })}
    </strong>
  );
}
