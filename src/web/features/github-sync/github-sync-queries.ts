import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GithubSettingsInput, StartSync, SyncStatus } from '../../../contracts/github-sync';
import { useClient } from '../../api/client-context';

/** How often the status is asked for again while a run is going. */
export const RUNNING_POLL_MS = 2_000;

const statusKey = (org: string) => ['github-sync', org];

/** Whether any of the listed runs is still going. */
export const anyRunning = (status: SyncStatus | undefined): boolean =>
  status?.runs.some((run) => run.status === 'running') ?? false;

/**
 * The connection, the sources, the latest runs and the webhook queue; asked for again every few
 * seconds while a run is going, so its progress and counts move on the page.
 */
export function useGithubStatus(enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: statusKey(client.org),
    queryFn: () => client.github.status(),
    enabled,
    refetchInterval: (query) => (anyRunning(query.state.data) ? RUNNING_POLL_MS : false),
  });
}

export function useSaveGithubSettings() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GithubSettingsInput) => client.github.saveSettings(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey(client.org) }),
  });
}

/** Whether the server's credentials reach each source; asked only when the person presses the button. */
export function useCheckGithubConnection() {
  const client = useClient();
  return useMutation({ mutationFn: () => client.github.check() });
}

/** Starts a run; the status is asked for again at once, so the run shows and its polling begins. */
export function useStartSync() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartSync) => client.github.start(body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: statusKey(client.org) }),
  });
}
