import type { CreateOrganisation, Organisation, UpdateOrganisation } from '../../contracts/organisation';
import type { Database } from '../../store/database';
import {
  findOrganisationBySlug,
  insertOrganisation,
  updateOrganisationRow,
  listOrganisations as selectOrganisations,
  type OrganisationRow,
} from '../../store/repositories/organisations-repository';
import { listMembershipsOf } from '../accounts/memberships';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notFound } from '../shared/app-error';
import { inDatabaseTransaction } from '../shared/context';
import { iso } from '../shared/iso';

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  elementDelivery: r.elementDelivery as Organisation['elementDelivery'],
  defaultRole: r.defaultRole as Organisation['defaultRole'],
  internalFields: r.internalFields as Organisation['internalFields'],
  publicRoadmap: r.publicRoadmap,
  createdAt: iso(r.createdAt),
});

/** The tenant by its slug; every request names one. */
export async function getOrganisation(database: Database, slug: string): Promise<Organisation> {
  const row = await findOrganisationBySlug(database.db, slug);
  if (!row) throw notFound('organisation', slug);
  return toOrganisation(row);
}

export async function listOrganisations(database: Database): Promise<Organisation[]> {
  return (await selectOrganisations(database.db)).map(toOrganisation);
}

/** The organisations a user may enter: all for an administrator, else those that give them a role. */
export async function listOrganisationsOf(
  database: Database,
  user: { id: string; isAdmin: boolean },
): Promise<Organisation[]> {
  const all = await listOrganisations(database);
  if (user.isAdmin) return all;
  const memberOf = new Set((await listMembershipsOf(database, user.id)).map((m) => m.orgSlug));
  return all.filter((o) => memberOf.has(o.slug) || o.defaultRole !== 'none');
}

export function createOrganisation(
  database: Database,
  actor: string,
  input: CreateOrganisation,
): Promise<Organisation> {
  return inDatabaseTransaction(database, async (tx) => {
    const row = await insertOrganisation(tx, { id: crypto.randomUUID(), ...input });
    const created = toOrganisation(row);
    await recordAuditEvent(
      tx,
      { database, orgId: row.id, actor },
      {
        entityType: 'organisation',
        entityId: row.id,
        action: 'created',
        before: null,
        after: created,
      },
    );
    return created;
  });
}

/**
 * Renames the organisation or changes its settings. Changing how delivery is applied takes effect at
 * the next roll-up of each element, so nothing is recomputed here.
 */
export function updateOrganisation(
  database: Database,
  actor: string,
  slug: string,
  input: UpdateOrganisation,
): Promise<Organisation> {
  return inDatabaseTransaction(database, async (tx) => {
    const existing = await findOrganisationBySlug(tx, slug);
    if (!existing) throw notFound('organisation', slug);
    const row = await updateOrganisationRow(tx, existing.id, input);
    const before = toOrganisation(existing);
    const after = toOrganisation(row);
    await recordAuditEvent(
      tx,
      { database, orgId: row.id, actor },
      { entityType: 'organisation', entityId: row.id, action: 'updated', before, after },
    );
    return after;
  });
}
