import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import type { StatusUpdate } from '../../../contracts/thread';
import { allows, useAccess } from '../../api/session';
import { useStatusUpdates } from '../../api/thread-queries';
import { useFormat } from '../../i18n/format';
import { HEALTH_COLOR } from '../../ui/initiative-tags';
import { Markdown } from '../../ui/markdown';
import { LoadError, Loading } from '../../ui/query-state';
import { StatusUpdateForm } from './status-update-form';

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
          <ol className="status-list">
            {newestFirst(updates.data).map((update) => (
              <StatusUpdateItem key={update.id} update={update} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

const newestFirst = (updates: StatusUpdate[]) =>
  [...updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));

function StatusUpdateItem({ update }: { update: StatusUpdate }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="status-list__item">
      <p className="status-list__byline">
        <time dateTime={update.createdAt}>
          {t('statusUpdates.byline', { author: update.createdBy, time: format.dateTime(update.createdAt) })}
        </time>
      </p>
      {update.text ? <Markdown text={update.text} className="status-list__text" /> : null}
      {update.healthOverride || update.progressOverride !== null ? (
        <div className="tags">
          {update.healthOverride ? (
            <Tag data-size="sm" data-color={HEALTH_COLOR[update.healthOverride]} className="tag">
              <span className="health-dot" aria-hidden="true" />
              {t('statusUpdates.healthSet', { value: t(`values.health.${update.healthOverride}`) })}
            </Tag>
          ) : null}
          {update.progressOverride !== null ? (
            <Tag data-size="sm" data-color="info" className="tag">
              {t('statusUpdates.progressSet', { value: format.percent(update.progressOverride / 100) })}
            </Tag>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
