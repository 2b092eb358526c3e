import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStatusUpdate } from '../../contracts/thread';
import { useClient } from './client-context';
import { useWorkflow } from './queries';

/** The red thread through an initiative (or any node): up to the strategy, down to the issues. */
export function useTrace(ref: string) {
  const client = useClient();
  return useQuery({ queryKey: ['trace', client.org, ref], queryFn: () => client.thread.trace(ref) });
}

/** The initiative's written status updates, as the server orders them. */
export function useStatusUpdates(ref: string) {
  const client = useClient();
  return useQuery({
    queryKey: ['status-updates', client.org, ref],
    queryFn: () => client.initiatives.statusUpdates(ref),
  });
}

/**
 * Posts a status update. Overrides change the initiative's health and progress, and so the
 * portfolio and the thread: everything of the organisation that shows them is read again.
 */
export function usePostStatusUpdate(ref: string) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<CreateStatusUpdate>) => client.initiatives.postStatusUpdate(ref, body),
    onSuccess: () =>
      Promise.all(
        ['status-updates', 'initiative', 'initiatives', 'history', 'trace', 'checks'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key, client.org] }),
        ),
      ),
  });
}

/** Whether a phase is the workflow's last (Utført), where "ready for Done" has nothing more to say. */
export function useIsLastPhase(): (phase: string) => boolean {
  const phases = useWorkflow().data?.workflow.phases;
  const last = phases?.[phases.length - 1]?.id;
  return (phase) => phase === last;
}

/** Every portfolio check and what it found (not asked for when the user may not run them). */
export function useChecks(enabled = true) {
  const client = useClient();
  return useQuery({ queryKey: ['checks', client.org], queryFn: () => client.thread.checks(), enabled });
}
