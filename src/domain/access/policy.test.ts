import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, ROLES, type Action, type Grant, type Role } from '../../contracts/accounts';
import { grantOf, hiddenFieldsFor, permissionsOf } from './policy';

/**
 * The roles, written out by hand rather than derived from POLICY, so a changed policy table
 * has to change this too. Columns: reader, contributor, product owner, portfolio office, portfolio
 * manager, administrator.
 */
const EXPECTED: Record<Action, [Grant, Grant, Grant, Grant, Grant, Grant]> = {
  'organisation.read': ['yes', 'yes', 'yes', 'yes', 'yes', 'yes'],
  'history.read': ['yes', 'yes', 'yes', 'yes', 'yes', 'yes'],
  'view.save': ['yes', 'yes', 'yes', 'yes', 'yes', 'yes'],
  'initiative.propose': ['no', 'yes', 'yes', 'yes', 'yes', 'yes'],
  'initiative.edit': ['no', 'own', 'own', 'yes', 'yes', 'yes'],
  'initiative.decide': ['no', 'no', 'no', 'yes', 'yes', 'yes'],
  'status-update.write': ['no', 'own', 'own', 'yes', 'yes', 'yes'],
  'roadmap.edit': ['no', 'no', 'own', 'own', 'yes', 'yes'],
  'backlog.edit': ['no', 'no', 'own', 'own', 'yes', 'yes'],
  'checks.run': ['no', 'no', 'no', 'yes', 'yes', 'yes'],
  'rollup.recompute': ['no', 'no', 'no', 'yes', 'yes', 'yes'],
  'strategy.edit': ['no', 'no', 'no', 'no', 'yes', 'yes'],
  'organisation.edit': ['no', 'no', 'no', 'no', 'no', 'yes'],
  'workflow.edit': ['no', 'no', 'no', 'no', 'no', 'yes'],
  'organisation.settings': ['no', 'no', 'no', 'no', 'no', 'yes'],
  'members.manage': ['no', 'no', 'no', 'no', 'no', 'yes'],
  'github.sync': ['no', 'no', 'no', 'no', 'yes', 'yes'],
};

describe('the access policy', () => {
  it.each(ACTION_NAMES)('grants %s as the issue describes each role', (action) => {
    expect(ROLES.map((role) => grantOf(role, action))).toEqual(EXPECTED[action]);
  });

  it('lets a read token do only what reading needs, whatever the role', () => {
    const readable = ACTION_NAMES.filter((a) => grantOf('admin', a, 'read') !== 'no');
    expect(readable.sort()).toEqual(['checks.run', 'history.read', 'organisation.read']);
  });

  it('keeps administration out of a write token', () => {
    const permissions = permissionsOf('admin', 'write');
    expect(permissions['members.manage']).toBe('no');
    expect(permissions['workflow.edit']).toBe('no');
    expect(permissions['initiative.decide']).toBe('yes');
  });

  it('hides internal fields below the portfolio office only', () => {
    const hiddenBy = (role: Role) => hiddenFieldsFor(role, ['money', 'rationale']);
    expect(ROLES.map(hiddenBy)).toEqual([
      ['money', 'rationale'],
      ['money', 'rationale'],
      ['money', 'rationale'],
      [],
      [],
      [],
    ]);
  });
});
