import {
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SyncCounts, SyncRun } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';
import { ScrollableTable } from '../../ui/scrollable-table';
import { AdminSection } from '../admin/admin-section';
import { STATUS_COLOR, useSyncText } from './use-sync-text';

const COUNTS = [
  'created',
  'updated',
  'unchanged',
  'deleted',
  'skipped',
] as const satisfies readonly (keyof SyncCounts)[];

/** The latest runs, newest first: when, why, how it went, what it did and what GitHub cost. */
export function RunsSection({ runs }: { runs: SyncRun[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSyncText();
  return (
    <AdminSection title={t('githubSync.runs.heading')} className="github-runs">
      {runs.length === 0 ? (
        <Paragraph>{t('githubSync.runs.none')}</Paragraph>
      ) : (
        <ScrollableTable caption={t('githubSync.runs.caption')} className="github-runs__table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('githubSync.runs.columns.startedAt')}</TableHeaderCell>
              <TableHeaderCell>{t('githubSync.runs.columns.trigger')}</TableHeaderCell>
              <TableHeaderCell>{t('githubSync.runs.columns.status')}</TableHeaderCell>
              {COUNTS.map((count) => (
                <TableHeaderCell key={count} className="number">
                  {t(`githubSync.counts.${count}`)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className="number">{t('githubSync.runs.columns.requests')}</TableHeaderCell>
              <TableHeaderCell className="number">{t('githubSync.runs.columns.retries')}</TableHeaderCell>
              <TableHeaderCell className="number">{t('githubSync.runs.columns.errors')}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {runs.map((run) => (
              <TableRow key={run.id} data-run={run.id}>
                <TableCell className="nowrap">{format.dateTime(run.startedAt)}</TableCell>
                <TableCell>
                  {text.trigger(run.trigger)}
                  <span className="github-runs__by subtle">
                    {t('githubSync.runs.by', { name: run.startedBy })}
                  </span>
                </TableCell>
                <TableCell>
                  <Tag data-size="sm" data-color={STATUS_COLOR[run.status]}>
                    {text.status(run.status)}
                  </Tag>
                </TableCell>
                {COUNTS.map((count) => (
                  <TableCell key={count} className="number">
                    {format.number(run.report.counts[count])}
                  </TableCell>
                ))}
                <TableCell className="number">{format.number(run.report.requests.counted)}</TableCell>
                <TableCell className="number">{format.number(run.report.retries.length)}</TableCell>
                <TableCell className="number">{format.number(run.report.errors.length)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
      )}
    </AdminSection>
  );
}
