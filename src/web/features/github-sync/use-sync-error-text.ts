import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';

/**
 * Why a request to the sync failed, in words: a run already going and a missing connection are
 * said plainly; anything else with the server's own message.
 */
export function useSyncErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (error: Error): string => {
      if (error instanceof ApiError && error.code === 'conflict') return t('githubSync.errors.conflict');
      if (error instanceof ApiError && error.code === 'github-not-configured')
        return t('githubSync.errors.notConfigured', { detail: error.problem.detail ?? '' });
      return error.message;
    },
    [t],
  );
}
