import type { PersonInitiative, PersonInitiativeRole } from '../../contracts/organisation-views';
import { selectPersonInitiatives } from '../../store/repositories/organisation-views-repository';
import { selectOne } from '../../store/repositories/versioned';
import { people } from '../../store/schema';
import { notFound } from '../shared/app-error';
import type { ServiceContext } from '../shared/context';
import { toInitiativeLine } from '../shared/initiative-line';

/** The initiatives a person owns, submitted or is responsible for, each with what the person is to it. */
export async function listPersonInitiatives(
  ctx: ServiceContext,
  personId: string,
): Promise<PersonInitiative[]> {
  const db = ctx.database.db;
  if (!(await selectOne(db, people, ctx.orgId, personId))) throw notFound('person', personId);
  const rows = await selectPersonInitiatives(db, ctx.orgId, personId);
  return rows.map((row) => {
    const roles: PersonInitiativeRole[] = [];
    if (row.isOwner) roles.push('owner');
    if (row.isSubmitter) roles.push('submitter');
    if (row.isResponsible) roles.push('responsible');
    return { ...toInitiativeLine(row), roles };
  });
}
