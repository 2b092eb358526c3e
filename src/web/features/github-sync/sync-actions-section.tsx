import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { StartSync, SyncStatus } from '../../../contracts/github-sync';
import { useCan } from '../../api/session';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { AdminSection } from '../admin/admin-section';
import { useStartSync } from './github-sync-queries';
import { RunProgress } from './run-progress';
import { useCountsText } from './use-counts-text';
import { useSyncErrorText } from './use-sync-error-text';

type Mode = StartSync['mode'];

/**
 * The buttons that start a run, and the run going now with its progress. A run already going is
 * answered 409 by the server and said so here; the import asks first, since it reads everything.
 */
export function SyncActionsSection({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const canSync = useCan('github.sync');
  const start = useStartSync();
  const errorText = useSyncErrorText();
  const countsText = useCountsText();
  const [askImport, setAskImport] = useState(false);
  const [startedId, setStartedId] = useState<string | null>(null);
  const running = status.runs.find((run) => run.status === 'running') ?? null;
  const started = status.runs.find((run) => run.id === startedId) ?? null;

  const run = (mode: Mode) =>
    start.mutate(
      { mode },
      {
        onSuccess: (created) => setStartedId(created.id),
        onSettled: () => setAskImport(false),
      },
    );
  const pendingMode = start.isPending ? start.variables.mode : null;
  const said = !started
    ? ''
    : started.status === 'running'
      ? t('githubSync.actions.started')
      : t(`githubSync.actions.finished.${started.status}`, { counts: countsText(started.report.counts) });
  const ready = status.connection.configured && status.settings !== null;

  return (
    <AdminSection
      title={t('githubSync.actions.heading')}
      intro={t('githubSync.actions.intro')}
      className="github-actions"
    >
      {ready ? null : <Alert data-color="warning">{t('githubSync.actions.notReady')}</Alert>}
      {canSync ? (
        <>
          <ul className="github-actions__modes">
            <li>
              <Button onClick={() => run('reconcile')} loading={pendingMode === 'reconcile'}>
                {t('githubSync.actions.reconcile')}
              </Button>
              <Paragraph data-size="sm">{t('githubSync.actions.reconcileDescription')}</Paragraph>
            </li>
            <li>
              <Button
                variant="secondary"
                onClick={() => run('full-reconcile')}
                loading={pendingMode === 'full-reconcile'}
              >
                {t('githubSync.actions.fullReconcile')}
              </Button>
              <Paragraph data-size="sm">{t('githubSync.actions.fullReconcileDescription')}</Paragraph>
            </li>
            <li>
              <Button variant="secondary" onClick={() => setAskImport(true)}>
                {t('githubSync.actions.import')}
              </Button>
              <Paragraph data-size="sm">{t('githubSync.actions.importDescription')}</Paragraph>
            </li>
          </ul>
          <p role="status" className="admin-status">
            {said}
          </p>
          {start.error ? (
            <Alert data-color={isBusy(start.error) ? 'warning' : 'danger'} role="alert">
              <Paragraph>{t('githubSync.actions.failed')}</Paragraph>
              <Paragraph data-size="sm">{errorText(start.error)}</Paragraph>
            </Alert>
          ) : null}
        </>
      ) : null}
      {running ? <RunProgress run={running} /> : null}
      <ConfirmDialog
        open={askImport}
        heading={t('githubSync.actions.importHeading')}
        text={t('githubSync.actions.importText')}
        confirm={t('githubSync.actions.importConfirm')}
        pending={pendingMode === 'import'}
        onConfirm={() => run('import')}
        onCancel={() => setAskImport(false)}
      />
    </AdminSection>
  );
}

/** A 409: the server is busy with another run, which is not a failure of the person's. */
const isBusy = (error: Error) => error instanceof ApiError && error.status === 409;
