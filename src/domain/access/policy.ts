import {
  ACTIONS,
  ACTION_NAMES,
  ROLES,
  type Action,
  type Grant,
  type InternalFieldGroup,
  type Role,
  type TokenScope,
} from '../../contracts/accounts';

/**
 * Who may do what, in one table. `all` is the least role allowed everywhere; `own` the least role allowed
 * on what is theirs (their drafts and initiatives, their products' roadmap elements, their teams' epics).
 * Roles rank in the order of ROLES, so a higher role has every grant of a lower one.
 */
export const POLICY: Record<Action, { all: Role; own?: Role }> = {
  'organisation.read': { all: 'reader' },
  'history.read': { all: 'reader' },
  'view.save': { all: 'reader' },
  'initiative.propose': { all: 'contributor' },
  'initiative.edit': { all: 'portfolio-office', own: 'contributor' },
  'initiative.decide': { all: 'portfolio-office' },
  'status-update.write': { all: 'portfolio-office', own: 'contributor' },
  'roadmap.edit': { all: 'portfolio-manager', own: 'product-owner' },
  'backlog.edit': { all: 'portfolio-manager', own: 'product-owner' },
  'checks.run': { all: 'portfolio-office' },
  'rollup.recompute': { all: 'portfolio-office' },
  'strategy.edit': { all: 'portfolio-manager' },
  'organisation.edit': { all: 'admin' },
  'workflow.edit': { all: 'admin' },
  'organisation.settings': { all: 'admin' },
  'members.manage': { all: 'admin' },
  'github.sync': { all: 'portfolio-manager' },
};

/** Money, risk and decision rationale marked internal are read only from this role up. */
export const INTERNAL_READER: Role = 'portfolio-office';

const rank = (role: Role) => ROLES.indexOf(role);
const atLeast = (role: Role, least: Role) => rank(role) >= rank(least);
const SCOPE_RANK: Record<TokenScope, number> = { read: 0, write: 1, admin: 2 };

/** Whether a token of `scope` covers what `needed` asks for (admin covers write covers read). */
export const scopeCovers = (scope: TokenScope, needed: TokenScope): boolean =>
  SCOPE_RANK[scope] >= SCOPE_RANK[needed];

/** What `role` may do with `action`; a token lets through only actions within its scope. */
export function grantOf(role: Role, action: Action, scope: TokenScope = 'admin'): Grant {
  if (!scopeCovers(scope, ACTIONS[action])) return 'no';
  const rule = POLICY[action];
  if (atLeast(role, rule.all)) return 'yes';
  if (rule.own && atLeast(role, rule.own)) return 'own';
  return 'no';
}

export function permissionsOf(role: Role, scope?: TokenScope): Record<Action, Grant> {
  return Object.fromEntries(ACTION_NAMES.map((a) => [a, grantOf(role, a, scope)])) as Record<Action, Grant>;
}

/** The internal field groups `role` may not read. */
export function hiddenFieldsFor(role: Role, internal: readonly InternalFieldGroup[]): InternalFieldGroup[] {
  return atLeast(role, INTERNAL_READER) ? [] : [...internal];
}
