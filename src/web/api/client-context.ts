import { createContext, useContext, useMemo } from 'react';
import { useParams } from 'react-router';
import { RodtradClient, type FetchLike } from '../../client';

/** The organisation shown when the URL names none. */
export const DEFAULT_ORG = 'demo';

/** The organisation slug from /org/:org/…, or the default. */
export function useOrg(): string {
  return useParams().org ?? DEFAULT_ORG;
}

/** A path on this site to come back to after signing in; anything else is dropped. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  return next;
}

/** The sign-in page, and where to go afterwards. */
export function signInPath(next?: string | null): string {
  const safe = safeNext(next);
  return safe && safe !== '/' ? `/logg-inn?neste=${encodeURIComponent(safe)}` : '/logg-inn';
}

/** Leaves the app for the sign-in page (a full load, so nothing of the old session stays in memory). */
export function goToSignIn(next: string | null = currentPath()): void {
  window.location.assign(signInPath(next));
}

const currentPath = () => `${window.location.pathname}${window.location.search}`;

// Browsers refuse window.fetch called with another `this`, so the client gets a bound one.
const publicFetch: FetchLike = (input, init) => window.fetch(input, init);

/** The session ended (signed out, expired, ended elsewhere): any 401 sends the person to sign in again. */
const signedInFetch: FetchLike = async (input, init) => {
  const response = await window.fetch(input, init);
  if (response.status === 401) goToSignIn();
  return response;
};

/**
 * The session's CSRF token, which writes made with the session cookie must send; provided by the
 * session (api/session.tsx) once GET /api/v1/me has answered.
 */
export const CsrfTokenContext = createContext<() => string | null>(() => null);

/** The typed API client for the organisation in the URL, on the server that served the page, as the signed-in user. */
export function useClient(): RodtradClient {
  const org = useOrg();
  const csrfToken = useContext(CsrfTokenContext);
  return useMemo(
    () => new RodtradClient({ baseUrl: '', org, fetch: signedInFetch, timeoutMs: 30_000, csrfToken }),
    [org, csrfToken],
  );
}

/** A client for the pages anyone may open (sign-in, the public roadmap): a 401 is just an answer there. */
export function usePublicClient(org = DEFAULT_ORG): RodtradClient {
  return useMemo(() => new RodtradClient({ baseUrl: '', org, fetch: publicFetch, timeoutMs: 30_000 }), [org]);
}

/** Paths inside the app for the organisation in the URL; the default organisation has the short paths. */
export function useAppPaths() {
  const { org } = useParams();
  const prefix = org ? `/org/${encodeURIComponent(org)}` : '';
  return useMemo(
    () => ({
      portfolio: (search = '') => `${prefix}/portefolje${search}`,
      initiative: (keyOrId: string) => `${prefix}/initiativ/${encodeURIComponent(keyOrId)}`,
      propose: () => `${prefix}/foresla`,
      roadmap: (search = '') => `${prefix}/veikart${search}`,
      roadmapElement: (id: string) => `${prefix}/veikart/${encodeURIComponent(id)}`,
      organisation: () => `${prefix}/organisasjon`,
      team: (id: string) => `${prefix}/organisasjon/team/${encodeURIComponent(id)}`,
      productGroup: (id: string) => `${prefix}/organisasjon/produktgruppe/${encodeURIComponent(id)}`,
      person: (id: string) => `${prefix}/organisasjon/person/${encodeURIComponent(id)}`,
      strategy: () => `${prefix}/strategi`,
      agenda: () => `${prefix}/agenda`,
      search: (q = '') => `${prefix}/sok${q ? `?q=${encodeURIComponent(q)}` : ''}`,
      checks: () => `${prefix}/sjekker`,
      tokens: () => `${prefix}/api-nokler`,
      admin: () => `${prefix}/administrasjon`,
      githubSync: () => `${prefix}/administrasjon/github`,
    }),
    [prefix],
  );
}
