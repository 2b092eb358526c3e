import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useClient } from '../../api/client-context';
import { useDirectory } from '../../api/queries';

/** The office's agenda from `since` ('YYYY-MM-DD'), or from a week ago when none is given. */
export function useAgenda(since: string | null) {
  const client = useClient();
  return useQuery({
    queryKey: ['agenda', client.org, since],
    queryFn: () => client.portfolio.agenda(since ? { since } : {}),
    placeholderData: keepPreviousData,
  });
}

/** A person's name by id, or null (unknown, or not loaded yet). */
export function usePersonName(): (id: string | null) => string | null {
  const names = useDirectory().data;
  return useCallback((id: string | null) => (id ? (names?.get(id) ?? null) : null), [names]);
}
