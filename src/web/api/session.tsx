import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { ApiError } from '../../client';
import type { Action, InternalFieldGroup, Me, OrgAccess } from '../../contracts/accounts';
import { LoadError, Loading } from '../ui/query-state';
import { CsrfTokenContext, useClient } from './client-context';

const SessionContext = createContext<Me | null>(null);

/**
 * Who is signed in, loaded once when the app starts (GET /api/v1/me); nothing of the app is shown
 * before. The session's CSRF token goes to every API client made below. Without a session the API
 * answers 401 and the client sends the person to the sign-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const me = useQuery({ queryKey: ['me'], queryFn: () => client.accounts.me(), staleTime: 5 * 60_000 });
  const csrfToken = me.data?.csrfToken ?? null;
  const getCsrfToken = useCallback(() => csrfToken, [csrfToken]);
  if (me.error && !(me.error instanceof ApiError && me.error.status === 401)) {
    return (
      <div className="page">
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) {
    return (
      <div className="page">
        <Loading />
      </div>
    );
  }
  return (
    <SessionContext.Provider value={me.data}>
      <CsrfTokenContext.Provider value={getCsrfToken}>{children}</CsrfTokenContext.Provider>
    </SessionContext.Provider>
  );
}

/** The signed-in user, their memberships and how they signed in. */
export function useSession(): Me {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside <SessionProvider>');
  return session;
}

/** What the signed-in user may do in the organisation in the URL: role, grants, withheld fields. */
export function useAccess() {
  const client = useClient();
  return useQuery({
    queryKey: ['access', client.org],
    queryFn: (): Promise<OrgAccess> => client.accounts.access(),
    staleTime: 60_000,
  });
}

export interface CanOptions {
  /**
   * The people the item is "theirs" for an 'own' grant: an initiative's owner, submitter and
   * responsible. Left out, an 'own' grant shows the control and the server decides.
   */
  ownerIds?: readonly (string | null)[];
}

/** Whether `grant` lets `personId` act on an item owned by `ownerIds` (see CanOptions). */
export function allows(
  access: Pick<OrgAccess, 'permissions' | 'personId'> | undefined,
  action: Action,
  { ownerIds }: CanOptions = {},
): boolean {
  const grant = access?.permissions[action] ?? 'no';
  if (grant === 'yes') return true;
  if (grant === 'no' || !access) return false;
  if (!ownerIds) return true;
  return access.personId !== null && ownerIds.includes(access.personId);
}

/** Whether to show a control for `action`: false until the access is known, and when it is refused. */
export function useCan(action: Action, options: CanOptions = {}): boolean {
  return allows(useAccess().data, action, options);
}

/**
 * The initiative field groups the API withholds from this user (internal to the portfolio office):
 * those their access names, and those an answer says it left out (`withheld` of an initiative).
 */
export function useHiddenFields(
  withheld: readonly InternalFieldGroup[] = [],
): ReadonlySet<InternalFieldGroup> {
  const hidden = useAccess().data?.hiddenFields ?? [];
  return new Set([...hidden, ...withheld]);
}

/** Which parts of the administration page the user may see; none means no link and no page. */
export function useAdminRights() {
  const { user } = useSession();
  const access = useAccess().data;
  const rights = {
    users: user.isAdmin,
    members: allows(access, 'members.manage'),
    settings: allows(access, 'organisation.settings'),
    github: allows(access, 'github.sync'),
  };
  return { ...rights, any: rights.users || rights.members || rights.settings || rights.github };
}
