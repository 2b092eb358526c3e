import type { DefaultRole, InternalFieldGroup, OrgAccess, Role, TokenScope } from '../../contracts/accounts';
import { hiddenFieldsFor, permissionsOf } from '../../domain/access/policy';
import type { Database } from '../../store/database';
import { selectOrgAccess } from '../../store/repositories/accounts/memberships-repository';
import type { Access } from '../shared/access';
import { forbidden } from '../shared/access';
import { notFound } from '../shared/app-error';

export interface SignedIn {
  userId: string;
  isAdmin: boolean;
  scope: TokenScope;
}

/**
 * The user's access in the organisation named by `slug`: an installation administrator is admin
 * everywhere, a member has their membership's role, anyone else the organisation's default role.
 */
export async function resolveOrgAccess(
  database: Database,
  slug: string,
  user: SignedIn,
): Promise<{ orgId: string; access: Access }> {
  const row = await selectOrgAccess(database.db, slug, user.userId);
  if (!row) throw notFound('organisation', slug);
  const role = (user.isAdmin ? 'admin' : (row.role ?? row.defaultRole)) as
    Role | Extract<DefaultRole, 'none'>;
  if (role === 'none') throw forbidden(`you are not a member of ${slug}`);
  return {
    orgId: row.orgId,
    access: {
      userId: user.userId,
      role,
      scope: user.scope,
      personId: row.personId,
      hiddenFields: hiddenFieldsFor(role, row.internalFields as InternalFieldGroup[]),
    },
  };
}

/** What the client is told it may do, so the web can hide the rest. */
export const describeAccess = (access: Access): OrgAccess => ({
  role: access.role,
  personId: access.personId,
  permissions: permissionsOf(access.role, access.scope),
  hiddenFields: [...access.hiddenFields],
});
