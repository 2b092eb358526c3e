import { TEAM_TYPES, type Team } from '../../../contracts/organisation';
import type { CrudGroupSpec } from '../crud/crud-group';
import { show } from '../../output/table';
import { slugFlag, nameFlag, meta } from './shared-fields';

export const teamsSpec: CrudGroupSpec<Team> = {
  name: 'teams',
  noun: 'team',
  description: 'teams (members and backlogs via --from-json)',
  resource: (client) => client.teams,
  refKind: 'team',
  label: (t) => `${t.name} (${t.slug})`,
  columns: [
    { header: 'SLUG', value: (t) => t.slug },
    { header: 'NAME', value: (t) => t.name, maxWidth: 40 },
    { header: 'TYPE', value: (t) => t.type },
    { header: 'MEMBERS', value: (t) => String(t.members.length), align: 'right' },
    { header: 'ID', value: (t) => t.id },
  ],
  details: (t) => [
    ['Slug', t.slug],
    ['Name', t.name],
    ['Type', t.type],
    ['Description', show(t.description)],
    ['Product groups', show(t.productGroupIds)],
    ['Products', show(t.productIds)],
    ['Backlogs', show(t.backlogs.map((b) => `${b.kind}: ${b.ref}`))],
    ['Members', show(t.members.map((m) => (m.role ? `${m.personId} (${m.role})` : m.personId)))],
    ['Capacity', show(t.capacityPersonMonthsPerQuarter)],
    ...meta(t),
  ],
  flags: [
    slugFlag,
    nameFlag,
    {
      field: 'type',
      flags: '--type <type>',
      description: 'team type',
      kind: 'choice',
      choices: TEAM_TYPES,
      required: true,
    },
    {
      field: 'description',
      flags: '--description <text>',
      description: 'description',
      kind: 'text',
      nullable: true,
    },
    {
      field: 'productGroupIds',
      flags: '--product-group <group>',
      description: 'product group, repeatable: id or slug',
      kind: 'ref-list',
      ref: 'product-group',
    },
    {
      field: 'productIds',
      flags: '--product <product>',
      description: 'product, repeatable: id or slug',
      kind: 'ref-list',
      ref: 'product',
    },
    {
      field: 'capacityPersonMonthsPerQuarter',
      flags: '--capacity <person-months>',
      description: 'capacity in person-months per quarter',
      kind: 'number',
      nullable: true,
    },
  ],
};
