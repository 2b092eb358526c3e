import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { upsertMembership } from '../../store/repositories/accounts/memberships-repository';
import { findUser } from '../../store/repositories/accounts/users-repository';
import { people } from '../../store/schema';
import type { ServiceContext } from '../shared/context';
import { recordAuditEvent } from '../audit/record-audit-event';
import { toPerson } from '../organisation/people';

/**
 * The person in the organisation the acting user is, linking (by e-mail) or creating one on first need,
 * so a proposal has a submitter and "your own drafts" means something. Null when the system acts.
 */
export async function ensureOwnPerson(tx: Db, ctx: ServiceContext): Promise<string | null> {
  const access = ctx.access;
  if (!access) return null;
  if (access.personId) return access.personId;
  const user = await findUser(tx, access.userId);
  if (!user) return null;
  const byEmail = user.email
    ? await tx
        .select({ id: people.id })
        .from(people)
        .where(
          and(
            eq(people.orgId, ctx.orgId),
            sql`lower(${people.email}) = lower(${user.email})`,
            // a person already linked to another account stays theirs
            sql`NOT EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = ${people.orgId} AND m.person_id = ${people.id})`,
          ),
        )
    : [];
  const personId = byEmail[0]?.id ?? (await createPersonFor(tx, ctx, user.name, user.email));
  await upsertMembership(tx, { orgId: ctx.orgId, userId: user.id, role: access.role, personId });
  return personId;
}

async function createPersonFor(
  tx: Db,
  ctx: ServiceContext,
  name: string,
  email: string | null,
): Promise<string> {
  const id = crypto.randomUUID();
  const rows = await tx.insert(people).values({ id, orgId: ctx.orgId, name, email, roles: [] }).returning();
  const row = rows[0];
  if (!row) throw new Error('insert returned no row');
  await recordAuditEvent(tx, ctx, {
    entityType: 'person',
    entityId: id,
    action: 'created',
    before: null,
    after: toPerson(row),
  });
  return id;
}
