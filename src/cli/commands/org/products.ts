import type { Product } from '../../../contracts/organisation';
import type { CrudGroupSpec } from '../crud/crud-group';
import { show } from '../../output/table';
import { slugFlag, nameFlag, meta } from './shared-fields';

export const productsSpec: CrudGroupSpec<Product> = {
  name: 'products',
  noun: 'product',
  description: 'products, each in one product group',
  resource: (client) => client.products,
  refKind: 'product',
  label: (p) => `${p.name} (${p.slug})`,
  columns: [
    { header: 'SLUG', value: (p) => p.slug },
    { header: 'NAME', value: (p) => p.name, maxWidth: 40 },
    { header: 'PRODUCT GROUP', value: (p) => p.productGroupId },
    { header: 'ID', value: (p) => p.id },
  ],
  details: (p) => [
    ['Slug', p.slug],
    ['Name', p.name],
    ['Product group', p.productGroupId],
    ['Description', show(p.description)],
    ...meta(p),
  ],
  flags: [
    slugFlag,
    nameFlag,
    {
      field: 'productGroupId',
      flags: '--product-group <group>',
      description: 'product group: id or slug',
      kind: 'ref',
      ref: 'product-group',
      required: true,
    },
    {
      field: 'description',
      flags: '--description <text>',
      description: 'description',
      kind: 'text',
      nullable: true,
    },
  ],
};
