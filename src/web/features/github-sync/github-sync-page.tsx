import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useAppPaths } from '../../api/client-context';
import { useAccess, useCan } from '../../api/session';
import { AppLink } from '../../ui/app-link';
import { LoadError, Loading } from '../../ui/query-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ConnectionSection } from './connection-section';
import { useGithubStatus } from './github-sync-queries';
import { LatestRunSection } from './latest-run-section';
import { QueueAndRateSection } from './queue-and-rate-section';
import { RunsSection } from './runs-section';
import { SourcesSection } from './sources-section';
import { SyncActionsSection } from './sync-actions-section';

/**
 * The organisation's GitHub sync: how the server reaches GitHub, what it reads, the runs and what
 * they did, and buttons to start one. For those who may run the sync (portfolio managers and
 * administrators); only administrators may change the sources.
 */
export function GithubSyncPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('githubSync.title'));
  const access = useAccess();
  const canSync = useCan('github.sync');
  const canEdit = useCan('organisation.settings');
  const paths = useAppPaths();
  const status = useGithubStatus(canSync);
  return (
    <div className="page github-sync-page">
      <div className="page__intro">
        <Paragraph data-size="sm">
          <AppLink to={paths.admin()}>{t('githubSync.backToAdmin')}</AppLink>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('githubSync.title')}
        </Heading>
        <Paragraph>{t('githubSync.intro')}</Paragraph>
      </div>
      {!canSync ? (
        access.isPending ? (
          <Loading />
        ) : (
          <Paragraph>{t('githubSync.noAccess')}</Paragraph>
        )
      ) : status.error ? (
        <LoadError error={status.error} onRetry={() => void status.refetch()} />
      ) : !status.data ? (
        <Loading />
      ) : (
        <>
          <ConnectionSection connection={status.data.connection} />
          <SourcesSection settings={status.data.settings} canEdit={canEdit} />
          <SyncActionsSection status={status.data} />
          <RunsSection runs={status.data.runs} />
          <LatestRunSection run={status.data.runs.find((run) => run.status !== 'running') ?? null} />
          <QueueAndRateSection status={status.data} />
        </>
      )}
    </div>
  );
}
