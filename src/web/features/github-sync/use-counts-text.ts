import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncCounts } from '../../../contracts/github-sync';
import { useFormat } from '../../i18n/format';

/** A run's counts in a sentence: "3 nye, 2 endret, 40 uendret, 0 slettet og 5 hoppet over". */
export function useCountsText() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (counts: SyncCounts) =>
      t('githubSync.counts.summary', {
        created: format.number(counts.created),
        updated: format.number(counts.updated),
        unchanged: format.number(counts.unchanged),
        deleted: format.number(counts.deleted),
        skipped: format.number(counts.skipped),
      }),
    [t, format],
  );
}
