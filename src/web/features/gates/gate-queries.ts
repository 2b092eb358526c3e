import { useMutation, useQueryClient } from '@tanstack/react-query';
import { etagOfVersion } from '../../../client';
import type { TransitionRequest } from '../../../contracts/initiatives';
import { useClient } from '../../api/client-context';

/** Query keys whose data a decision changes: the board and lists, the initiative, its history. */
const CHANGED_BY_A_DECISION = ['initiatives', 'initiative', 'history'] as const;

/**
 * Records a gate decision on the version of the initiative the person looked at (If-Match), so a
 * decision is never taken on criteria someone else changed meanwhile (the server answers 412).
 */
export function useDecide(initiativeRef: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: TransitionRequest; version: number }) =>
      client.initiatives.transition(initiativeRef, body, etagOfVersion(version)),
    onSettled: () =>
      Promise.all(
        CHANGED_BY_A_DECISION.map((key) => queryClient.invalidateQueries({ queryKey: [key, client.org] })),
      ),
  });
}
