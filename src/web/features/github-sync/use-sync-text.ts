import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncPhase, SyncRun, SyncTrigger } from '../../../contracts/github-sync';

/** Words for what the sync reports as codes: a run's phase, trigger and status. */
export function useSyncText() {
  const { t } = useTranslation();
  const phase = useCallback((value: SyncPhase) => t(`githubSync.phases.${value}`), [t]);
  const trigger = useCallback((value: SyncTrigger) => t(`githubSync.triggers.${value}`), [t]);
  const status = useCallback((value: SyncRun['status']) => t(`githubSync.runStatus.${value}`), [t]);
  return useMemo(() => ({ phase, trigger, status }), [phase, trigger, status]);
}

/** The colour of a run's status tag. */
export const STATUS_COLOR = {
  running: 'info',
  succeeded: 'success',
  failed: 'danger',
} as const satisfies Record<SyncRun['status'], string>;
