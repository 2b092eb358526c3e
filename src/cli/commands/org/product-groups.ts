import type { ProductGroup } from '../../../contracts/organisation';
import type { CrudGroupSpec } from '../crud/crud-group';
import { show } from '../../output/table';
import { slugFlag, nameFlag, meta } from './shared-fields';

export const productGroupsSpec: CrudGroupSpec<ProductGroup> = {
  name: 'product-groups',
  noun: 'product group',
  description: 'product groups',
  resource: (client) => client.productGroups,
  refKind: 'product-group',
  label: (g) => `${g.name} (${g.slug})`,
  columns: [
    { header: 'SLUG', value: (g) => g.slug },
    { header: 'NAME', value: (g) => g.name, maxWidth: 40 },
    { header: 'LEADER', value: (g) => show(g.leaderId) },
    { header: 'ID', value: (g) => g.id },
  ],
  details: (g) => [
    ['Slug', g.slug],
    ['Name', g.name],
    ['Description', show(g.description)],
    ['Leader', show(g.leaderId)],
    ...meta(g),
  ],
  flags: [
    slugFlag,
    nameFlag,
    {
      field: 'description',
      flags: '--description <text>',
      description: 'description',
      kind: 'text',
      nullable: true,
    },
    {
      field: 'leaderId',
      flags: '--leader <person>',
      description: 'leader: id or e-mail',
      kind: 'ref',
      ref: 'person',
      nullable: true,
    },
  ],
};
