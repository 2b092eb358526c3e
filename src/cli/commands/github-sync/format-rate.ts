import type { RateState, SyncReport } from '../../../contracts/github-sync';

/** A timestamp to the second, in UTC: "2026-06-01 12:00:03Z". */
export function formatWhen(timestamp: string): string {
  return `${new Date(timestamp).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

const budgetOf = (name: string, state: RateState | undefined): string | null =>
  state ? `${name} ${state.remaining}/${state.limit} left (resets ${formatWhen(state.resetAt)})` : null;

/**
 * GitHub's rate budget as last answered: "core 4955/5000 left (resets …), graphql …". A resource no
 * request touched is left out; none at all says so.
 */
export function formatRate(rate: SyncReport['rate']): string {
  const parts = [budgetOf('core', rate.core), budgetOf('graphql', rate.graphql)].filter(
    (p): p is string => p !== null,
  );
  return parts.length > 0 ? parts.join('; ') : 'unknown (GitHub did not answer a request)';
}
