import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SyncRun } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';
import { ProgressBar } from '../../ui/progress-bar';
import { useSyncText } from './use-sync-text';

/**
 * The run going now: what it does and how far it has come in that phase. The page asks again every
 * few seconds; this is not a live region, so a screen reader is not interrupted at each step.
 */
export function RunProgress({ run }: { run: SyncRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSyncText();
  const { done, total } = run.report.progress;
  return (
    <div className="sync-progress">
      <Heading level={3} data-size="xs">
        {t('githubSync.progress.heading', {
          trigger: text.trigger(run.trigger),
          startedAt: format.dateTime(run.startedAt),
        })}
      </Heading>
      <Paragraph>{t('githubSync.progress.phase', { phase: text.phase(run.report.phase) })}</Paragraph>
      {total !== null && total > 0 ? (
        <>
          <ProgressBar value={done / total} label={t('githubSync.progress.label')} showLabel />
          <Paragraph data-size="sm">
            {t('githubSync.progress.count', { done: format.number(done), total: format.number(total) })}
          </Paragraph>
        </>
      ) : (
        <Paragraph data-size="sm">
          {t('githubSync.progress.doneOnly', { done: format.number(done) })}
        </Paragraph>
      )}
    </div>
  );
}
