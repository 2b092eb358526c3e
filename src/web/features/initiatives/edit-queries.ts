import { useMutation, useQueryClient } from '@tanstack/react-query';
import { etagOfVersion } from '../../../client';
import type { UpdateInitiative } from '../../../contracts/initiatives';
import { useClient } from '../../api/client-context';

/** What an edit changes: the initiative, the board, the history, the thread and the checks that read its fields. */
const CHANGED_BY_AN_EDIT = ['initiative', 'initiatives', 'history', 'trace', 'checks'] as const;

/**
 * Saves the fields changed since `version`, the version the edit started from (If-Match). When someone
 * else saved first the server answers 412 (ApiError `precondition-failed`) and nothing is written.
 */
export function useSaveInitiative(ref: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: UpdateInitiative; version: number }) =>
      client.initiatives.update(ref, body, etagOfVersion(version)),
    onSuccess: () =>
      Promise.all(
        CHANGED_BY_AN_EDIT.map((key) => queryClient.invalidateQueries({ queryKey: [key, client.org] })),
      ),
  });
}

/** The initiative as the server holds it now, for the three-way merge after a 412; the page is refreshed too. */
export function useFetchLatest(ref: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return async () => {
    const latest = await client.initiatives.get(ref);
    queryClient.setQueryData(['initiative', client.org, ref], latest.data);
    void queryClient.invalidateQueries({ queryKey: ['history', client.org, ref] });
    return latest.data;
  };
}
