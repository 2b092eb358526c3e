import type { CreatePerson, Person, PersonRole, UpdatePerson } from '../../contracts/organisation';
import { people } from '../../store/schema';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';

type PersonRow = typeof people.$inferSelect;

export const toPerson = (r: PersonRow): Person => ({
  ...entityMeta(r),
  name: r.name,
  email: r.email,
  title: r.title,
  roles: r.roles as PersonRole[],
});

/** People of the organisation, with the roles they hold in the portfolio process. */
export const peopleUseCases = crudUseCases({
  entityType: 'person',
  label: 'person',
  table: people,
  orderBy: people.name,
  createRow: (input: CreatePerson) => ({
    name: input.name,
    email: input.email ?? null,
    title: input.title ?? null,
    roles: input.roles ?? [],
  }),
  updateRow: (input: UpdatePerson) =>
    definedOnly({ name: input.name, email: input.email, title: input.title, roles: input.roles }),
  load: (_db, _orgId, rows) => Promise.resolve(rows.map(toPerson)),
});
