import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StatusUpdate } from '../../../contracts/thread';
import { useFormat } from '../../i18n/format';
import { HEALTH_COLOR } from '../../ui/initiative-tags';
import { Markdown } from '../../ui/markdown';
import { LoadError, Loading } from '../../ui/query-state';
import { PageSection } from '../initiatives/initiative-overview';
import { useElementStatusUpdates } from './roadmap-queries';

const newestFirst = (updates: StatusUpdate[]) =>
  [...updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));

/** The element's written status updates, newest first. */
export function ElementStatusUpdates({ elementId }: { elementId: string }) {
  const { t } = useTranslation();
  const updates = useElementStatusUpdates(elementId);
  return (
    <PageSection title={t('roadmap.element.statusUpdates')} className="element-status-updates">
      {updates.error ? (
        <LoadError error={updates.error} onRetry={() => void updates.refetch()} />
      ) : !updates.data ? (
        <Loading />
      ) : updates.data.length === 0 ? (
        <Paragraph className="not-set">{t('statusUpdates.empty')}</Paragraph>
      ) : (
        <ol className="status-list">
          {newestFirst(updates.data).map((update) => (
            <UpdateEntry key={update.id} update={update} />
          ))}
        </ol>
      )}
    </PageSection>
  );
}

function UpdateEntry({ update }: { update: StatusUpdate }) {
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
