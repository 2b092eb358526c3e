import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import { allows, useAccess } from '../../api/session';
import { useStatusUpdates } from '../../api/thread-queries';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusUpdateForm } from './status-update-form';
import { StatusUpdateList } from './status-update-list';

/** The written status updates of an initiative, newest first, and the form for a new one. */
export function StatusUpdatesTab({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const updates = useStatusUpdates(initiative.key);
  const access = useAccess();
  // Contributors write on the initiatives they own, submitted or are responsible for.
  const canWrite = allows(access.data, 'status-update.write', {
    ownerIds: [initiative.ownerId, initiative.submitterId, initiative.responsibleId],
  });
  return (
    <div className="status-updates">
      {canWrite ? (
        <StatusUpdateForm initiative={initiative} />
      ) : access.data ? (
        <Paragraph className="subtle status-updates__read-only">{t('access.noStatusUpdates')}</Paragraph>
      ) : null}
      <section aria-labelledby={headingId} className="page-section">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('statusUpdates.listHeading')}
        </Heading>
        {updates.error ? (
          <LoadError error={updates.error} onRetry={() => void updates.refetch()} />
        ) : !updates.data ? (
          <Loading />
        ) : updates.data.length === 0 ? (
          <Paragraph className="not-set">{t('statusUpdates.empty')}</Paragraph>
        ) : (
          <StatusUpdateList updates={updates.data} />
        )}
      </section>
    </div>
  );
}
