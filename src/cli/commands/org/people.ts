import { PERSON_ROLES, type Person } from '../../../contracts/organisation';
import type { CrudGroupSpec } from '../crud/crud-group';
import { show } from '../../output/table';
import { nameFlag, meta } from './shared-fields';

export const peopleSpec: CrudGroupSpec<Person> = {
  name: 'people',
  noun: 'person',
  description: 'people and their roles',
  resource: (client) => client.people,
  refKind: 'person',
  label: (p) => p.name,
  columns: [
    { header: 'NAME', value: (p) => p.name, maxWidth: 40 },
    { header: 'EMAIL', value: (p) => show(p.email) },
    { header: 'TITLE', value: (p) => show(p.title), maxWidth: 30 },
    { header: 'ROLES', value: (p) => show(p.roles) },
    { header: 'ID', value: (p) => p.id },
  ],
  details: (p) => [
    ['Name', p.name],
    ['E-mail', show(p.email)],
    ['Title', show(p.title)],
    ['Roles', show(p.roles)],
    ...meta(p),
  ],
  flags: [
    nameFlag,
    {
      field: 'email',
      flags: '--email <email>',
      description: 'e-mail address',
      kind: 'text',
      nullable: true,
    },
    {
      field: 'title',
      flags: '--title <title>',
      description: 'job title',
      kind: 'text',
      nullable: true,
    },
    {
      field: 'roles',
      flags: '--role <role>',
      description: `role, repeatable (${PERSON_ROLES.join(', ')})`,
      kind: 'choice-list',
      choices: PERSON_ROLES,
    },
  ],
};
