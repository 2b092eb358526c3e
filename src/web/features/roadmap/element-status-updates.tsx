import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../ui/query-state';
import { PageSection } from '../initiatives/initiative-overview';
import { StatusUpdateList } from '../status-updates/status-update-list';
import { useElementStatusUpdates } from './roadmap-queries';

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
        <StatusUpdateList updates={updates.data} />
      )}
    </PageSection>
  );
}
