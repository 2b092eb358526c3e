import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';
import { FieldList } from '../../ui/field-list';
import { AdminSection } from '../admin/admin-section';
import { RateBudget } from './rate-budget';

/**
 * The webhook deliveries waiting to be applied, and the rate budget as GitHub last reported it (in
 * the newest run that asked GitHub anything).
 */
export function QueueAndRateSection({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { queue } = status;
  const rate = status.runs.find((run) => run.report.rate.core ?? run.report.rate.graphql)?.report.rate ?? {};
  return (
    <AdminSection title={t('githubSync.queue.heading')} className="github-queue">
      <FieldList
        items={[
          { label: t('githubSync.queue.pending'), value: format.number(queue.pending) },
          { label: t('githubSync.queue.failed'), value: format.number(queue.failed) },
          {
            label: t('githubSync.queue.oldestPending'),
            value: queue.oldestPendingAt
              ? format.dateTime(queue.oldestPendingAt)
              : t('githubSync.queue.noneWaiting'),
          },
        ]}
      />
      <Heading level={3} data-size="xs">
        {t('githubSync.rate.heading')}
      </Heading>
      <RateBudget rate={rate} />
    </AdminSection>
  );
}
