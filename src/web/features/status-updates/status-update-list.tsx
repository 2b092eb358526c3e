import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StatusUpdate } from '../../../contracts/thread';
import { useFormat } from '../../i18n/format';
import { HEALTH_COLOR } from '../../ui/initiative-tags';
import { Markdown } from '../../ui/markdown';

/** Written status updates of an initiative or a roadmap element, newest first. */
export function StatusUpdateList({ updates }: { updates: StatusUpdate[] }) {
  return (
    <ol className="status-list">
      {newestFirst(updates).map((update) => (
        <StatusUpdateItem key={update.id} update={update} />
      ))}
    </ol>
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
