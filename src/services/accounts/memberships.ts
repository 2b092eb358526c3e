import type { Membership, Role, SetMembership } from '../../contracts/accounts';
import type { Database } from '../../store/database';
import {
  deleteMembership,
  findMembership,
  listMembershipsOfOrg,
  listMembershipsOfUser,
  upsertMembership,
  type MembershipRow,
} from '../../store/repositories/accounts/memberships-repository';
import { findUser } from '../../store/repositories/accounts/users-repository';
import { notFound } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import { recordAccountEvent } from './account-events';

const toMembership = (r: MembershipRow): Membership => ({
  orgSlug: r.orgSlug,
  userId: r.userId,
  userName: r.userName,
  email: r.email,
  role: r.role as Role,
  personId: r.personId,
});

export async function listMembers(ctx: ServiceContext): Promise<Membership[]> {
  return (await listMembershipsOfOrg(ctx.database.db, ctx.orgId)).map(toMembership);
}

export async function listMembershipsOf(database: Database, userId: string): Promise<Membership[]> {
  return (await listMembershipsOfUser(database.db, userId)).map(toMembership);
}

/**
 * Gives a user a role in the organisation and links them to the person they are. The person must be of
 * this organisation (the database refuses another's) and linked to one account only.
 */
export function setMembership(
  ctx: ServiceContext,
  userId: string,
  input: SetMembership,
): Promise<Membership> {
  return inTransaction(ctx, async (tx) => {
    if (!(await findUser(tx, userId))) throw notFound('user', userId);
    const before = await findMembership(tx, ctx.orgId, userId);
    const personId = input.personId === undefined ? (before?.personId ?? null) : input.personId;
    await upsertMembership(tx, { orgId: ctx.orgId, userId, role: input.role, personId });
    await recordAccountEvent(tx, {
      kind: 'role-changed',
      userId,
      actor: ctx.actor,
      orgId: ctx.orgId,
      detail: {
        before: before ? { role: before.role, personId: before.personId } : null,
        after: { role: input.role, personId },
      },
    });
    const after = await findMembership(tx, ctx.orgId, userId);
    if (!after) throw new Error('membership vanished while saving');
    return toMembership(after);
  });
}

/** Takes the user's membership away: they fall back to the organisation's default role. */
export function removeMembership(ctx: ServiceContext, userId: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await findMembership(tx, ctx.orgId, userId);
    if (!before || !(await deleteMembership(tx, ctx.orgId, userId))) throw notFound('membership', userId);
    await recordAccountEvent(tx, {
      kind: 'membership-removed',
      userId,
      actor: ctx.actor,
      orgId: ctx.orgId,
      detail: { before: { role: before.role, personId: before.personId } },
    });
  });
}
