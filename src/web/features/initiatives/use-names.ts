import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../api/queries';

/** Resolves ids of people, product groups, teams and working groups to names. */
export function useNames() {
  const { t } = useTranslation();
  const directory = useDirectory();
  const names = directory.data;
  const nameOf = useCallback(
    (id: string | null | undefined): string | null => {
      if (!id) return null;
      return names?.get(id) ?? (names ? t('common.unknown', { id: id.slice(0, 8) }) : '…');
    },
    [names, t],
  );
  return { nameOf, error: directory.error };
}
