import { eq } from 'drizzle-orm';
import type { Db } from '../database';
import { organisations } from '../schema';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisationBySlug(db: Db, slug: string): Promise<OrganisationRow | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return rows[0];
}

export async function insertOrganisation(
  db: Db,
  row: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  const rows = await db.insert(organisations).values(row).returning();
  const created = rows[0];
  if (!created) throw new Error('insert returned no row');
  return created;
}

export function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.select().from(organisations).orderBy(organisations.slug);
}

export async function updateOrganisationRow(
  db: Db,
  id: string,
  values: Partial<
    Pick<OrganisationRow, 'name' | 'elementDelivery' | 'defaultRole' | 'internalFields' | 'publicRoadmap'>
  >,
): Promise<OrganisationRow> {
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  const query = db.update(organisations).set(set).where(eq(organisations.id, id));
  const rows =
    Object.keys(set).length > 0
      ? await query.returning()
      : await db.select().from(organisations).where(eq(organisations.id, id));
  const row = rows[0];
  if (!row) throw new Error('organisation vanished while updating');
  return row;
}
