import type { Action, Grant, InternalFieldGroup, Role, TokenScope } from '../../contracts/accounts';
import { grantOf } from '../../domain/access/policy';
import type { Principal } from '../../domain/access/ownership';
import type { Db } from '../../store/database';
import { selectPersonScope } from '../../store/repositories/accounts/memberships-repository';
import { AppError } from './app-error';
import type { ServiceContext } from './context';

/** The signed-in user acting in one organisation, as the server resolved them. */
export interface Access {
  readonly userId: string;
  readonly role: Role;
  /** The token's scope, or 'admin' for a browser session (the role alone limits it). */
  readonly scope: TokenScope;
  readonly personId: string | null;
  /** Initiative field groups this user may not read. */
  readonly hiddenFields: readonly InternalFieldGroup[];
}

/** A context without `access` is the system itself (demo loader, daily roll-up, server commands). */
export function grantIn(ctx: ServiceContext, action: Action): Grant {
  return ctx.access ? grantOf(ctx.access.role, action, ctx.access.scope) : 'yes';
}

export const forbidden = (message: string) => new AppError('forbidden', message);

/**
 * Refuses `action` unless the user's role grants it everywhere, or grants it on their own things and
 * `isOwn` says this one is theirs. The route already refused 'no', so this decides 'own'.
 */
export async function authorise(
  tx: Db,
  ctx: ServiceContext,
  action: Action,
  isOwn: (principal: Principal) => boolean,
): Promise<void> {
  const grant = grantIn(ctx, action);
  if (grant === 'yes') return;
  if (grant === 'own' && isOwn(await principalOf(tx, ctx))) return;
  throw forbidden(`your role may not ${action.replace('.', ' ')} here`);
}

async function principalOf(tx: Db, ctx: ServiceContext): Promise<Principal> {
  const personId = ctx.access?.personId ?? null;
  if (!personId) return { personId: null, teamIds: [], productIds: [] };
  return { personId, ...(await selectPersonScope(tx, ctx.orgId, personId)) };
}
