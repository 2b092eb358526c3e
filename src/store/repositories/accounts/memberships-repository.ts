import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { memberships, organisations, users } from '../../schema';
import { selectRows } from '../select-rows';

export type MembershipRow = {
  orgSlug: string;
  userId: string;
  userName: string;
  email: string | null;
  role: string;
  personId: string | null;
};

const membershipColumns = {
  orgSlug: organisations.slug,
  userId: memberships.userId,
  userName: users.name,
  email: users.email,
  role: memberships.role,
  personId: memberships.personId,
};

/** Memberships with their user's name and e-mail and the organisation's slug. */
const selectMemberships = (db: Db) =>
  db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.orgId));

export function listMembershipsOfOrg(db: Db, orgId: string): Promise<MembershipRow[]> {
  return selectMemberships(db).where(eq(memberships.orgId, orgId)).orderBy(asc(users.name), asc(users.id));
}

export function listMembershipsOfUser(db: Db, userId: string): Promise<MembershipRow[]> {
  return selectMemberships(db).where(eq(memberships.userId, userId)).orderBy(asc(organisations.slug));
}

export async function findMembership(
  db: Db,
  orgId: string,
  userId: string,
): Promise<MembershipRow | undefined> {
  const rows = await selectMemberships(db)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .for('update', { of: memberships });
  return rows[0];
}

export async function upsertMembership(
  db: Db,
  row: { orgId: string; userId: string; role: string; personId: string | null },
): Promise<void> {
  await db
    .insert(memberships)
    .values(row)
    .onConflictDoUpdate({
      target: [memberships.orgId, memberships.userId],
      set: { role: row.role, personId: row.personId },
    });
}

export async function deleteMembership(db: Db, orgId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .returning();
  return rows.length > 0;
}

/** What a request needs to decide access in one organisation: its settings and the user's membership. */
export interface OrgAccessRow {
  orgId: string;
  defaultRole: string;
  internalFields: string[];
  role: string | null;
  personId: string | null;
}

export async function selectOrgAccess(
  db: Db,
  slug: string,
  userId: string,
): Promise<OrgAccessRow | undefined> {
  const rows = await selectRows<OrgAccessRow>(
    db,
    sql`SELECT o.id AS "orgId", o.default_role AS "defaultRole", o.internal_fields AS "internalFields",
               m.role, m.person_id AS "personId"
        FROM organisations o
        LEFT JOIN memberships m ON m.org_id = o.id AND m.user_id = ${userId}
        WHERE o.slug = ${slug}`,
  );
  return rows[0];
}

/** The teams a person belongs to, and the products those teams own or the groups the person leads hold. */
export async function selectPersonScope(
  db: Db,
  orgId: string,
  personId: string,
): Promise<{ teamIds: string[]; productIds: string[] }> {
  const teams = await selectRows<{ id: string }>(
    db,
    sql`SELECT team_id AS id FROM team_members WHERE org_id = ${orgId} AND person_id = ${personId}`,
  );
  const products = await selectRows<{ id: string }>(
    db,
    sql`SELECT tp.product_id AS id FROM team_products tp
          JOIN team_members tm ON tm.org_id = tp.org_id AND tm.team_id = tp.team_id
         WHERE tp.org_id = ${orgId} AND tm.person_id = ${personId}
        UNION
        SELECT p.id FROM products p
          JOIN product_groups g ON g.org_id = p.org_id AND g.id = p.product_group_id
         WHERE p.org_id = ${orgId} AND g.leader_id = ${personId}`,
  );
  return { teamIds: teams.map((t) => t.id), productIds: products.map((p) => p.id) };
}
