import { useMemo } from 'react';
import { useParams } from 'react-router';
import { RodtradClient } from '../../client';

/** The organisation shown when the URL names none. */
export const DEFAULT_ORG = 'demo';

/** The organisation slug from /org/:org/…, or the default. */
export function useOrg(): string {
  return useParams().org ?? DEFAULT_ORG;
}

// Browsers refuse window.fetch called with another `this`, so the client gets a bound one.
const browserFetch = (input: string, init: RequestInit) => window.fetch(input, init);

/** The typed API client for the organisation in the URL, on the server that served the page. */
export function useClient(): RodtradClient {
  const org = useOrg();
  return useMemo(
    () => new RodtradClient({ baseUrl: '', org, fetch: browserFetch, timeoutMs: 30_000 }),
    [org],
  );
}

/** Paths inside the app for the organisation in the URL; the default organisation has the short paths. */
export function useAppPaths() {
  const { org } = useParams();
  const prefix = org ? `/org/${encodeURIComponent(org)}` : '';
  return useMemo(
    () => ({
      portfolio: (search = '') => `${prefix}/portefolje${search}`,
      initiative: (keyOrId: string) => `${prefix}/initiativ/${encodeURIComponent(keyOrId)}`,
      checks: () => `${prefix}/sjekker`,
    }),
    [prefix],
  );
}
