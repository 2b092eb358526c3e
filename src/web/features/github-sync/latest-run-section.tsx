import {
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SyncRun } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';
import { ScrollableTable } from '../../ui/scrollable-table';
import { AdminSection } from '../admin/admin-section';
import { useCountsText } from './use-counts-text';
import { useSyncText } from './use-sync-text';

/**
 * What the latest finished run skipped and why, and what went wrong in it (a run going has its
 * progress shown above). The reasons and errors are the sync's own words (from the server, in
 * English), with the GitHub reference they are about.
 */
export function LatestRunSection({ run }: { run: SyncRun | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSyncText();
  const countsText = useCountsText();
  if (!run) return null;
  const { skipped, errors, counts } = run.report;
  return (
    <AdminSection
      title={t('githubSync.latest.heading')}
      intro={t('githubSync.latest.intro', {
        trigger: text.trigger(run.trigger),
        startedAt: format.dateTime(run.startedAt),
        status: text.status(run.status),
        counts: countsText(counts),
      })}
      className="github-latest"
    >
      <Heading level={3} data-size="xs">
        {t('githubSync.latest.skippedHeading')}
      </Heading>
      {skipped.length === 0 ? (
        <Paragraph>{t('githubSync.latest.noSkipped')}</Paragraph>
      ) : (
        <Details data-size="sm" className="github-latest__details">
          <DetailsSummary>
            {t('githubSync.latest.showSkipped', { count: counts.skipped, n: format.number(counts.skipped) })}
          </DetailsSummary>
          <DetailsContent>
            {counts.skipped > skipped.length ? (
              <Paragraph data-size="sm">
                {t('githubSync.latest.skippedShown', {
                  shown: format.number(skipped.length),
                  count: counts.skipped,
                  n: format.number(counts.skipped),
                })}
              </Paragraph>
            ) : null}
            <ScrollableTable
              caption={t('githubSync.latest.skippedCaption')}
              className="github-latest__skipped"
            >
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('githubSync.latest.columns.ref')}</TableHeaderCell>
                  <TableHeaderCell>{t('githubSync.latest.columns.reason')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {skipped.map((item, index) => (
                  <TableRow key={`${item.ref}-${index}`}>
                    <TableCell>
                      <code>{item.ref}</code>
                    </TableCell>
                    <TableCell>{item.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollableTable>
          </DetailsContent>
        </Details>
      )}
      <Heading level={3} data-size="xs">
        {t('githubSync.latest.errorsHeading')}
      </Heading>
      {errors.length === 0 ? (
        <Paragraph>{t('githubSync.latest.noErrors')}</Paragraph>
      ) : (
        <ul className="github-latest__errors">
          {errors.map((error, index) => (
            <li key={`${error.ref ?? ''}-${index}`}>
              {error.ref ? <code>{error.ref}</code> : null}
              {error.ref ? ': ' : null}
              {error.message}
            </li>
          ))}
        </ul>
      )}
    </AdminSection>
  );
}
