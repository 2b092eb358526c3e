import type { CreateOrganisation, Organisation } from '../../contracts/organisation';
import type { Database } from '../../store/database';
import {
  findOrganisationBySlug,
  insertOrganisation,
  listOrganisations as selectOrganisations,
  type OrganisationRow,
} from '../../store/repositories/organisations-repository';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notFound } from '../shared/app-error';
import { inDatabaseTransaction } from '../shared/context';
import { iso } from '../shared/iso';

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
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
