import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useClient } from '../../api/client-context';
import { useDirectory, useWorkflow } from '../../api/queries';
import { useFormat } from '../../i18n/format';

/** The office's agenda from `since` ('YYYY-MM-DD'), or from a week ago when none is given. */
export function useAgenda(since: string | null) {
  const client = useClient();
  return useQuery({
    queryKey: ['agenda', client.org, since],
    queryFn: () => client.portfolio.agenda(since ? { since } : {}),
    placeholderData: keepPreviousData,
  });
}

/** A phase id's name in the user's language; the id until the workflow has loaded. */
export function usePhaseNames(): (phaseId: string | null) => string {
  const format = useFormat();
  const phases = useWorkflow().data?.workflow.phases;
  return useCallback(
    (phaseId: string | null) => {
      const phase = phases?.find((p) => p.id === phaseId);
      return phase ? format.localised(phase.name) : (phaseId ?? '');
    },
    [phases, format],
  );
}

/** A person's name by id, or null (unknown, or not loaded yet). */
export function usePersonName(): (id: string | null) => string | null {
  const names = useDirectory().data;
  return useCallback((id: string | null) => (id ? (names?.get(id) ?? null) : null), [names]);
}
