import type { CreateProductGroup, ProductGroup, UpdateProductGroup } from '../../contracts/organisation';
import { productGroups } from '../../store/schema';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';

type ProductGroupRow = typeof productGroups.$inferSelect;

export const toProductGroup = (r: ProductGroupRow): ProductGroup => ({
  ...entityMeta(r),
  slug: r.slug,
  name: r.name,
  description: r.description,
  leaderId: r.leaderId,
});

/**
 * Product groups (produktområder), each with an optional leader. A group that still has products or
 * teams cannot be deleted: the database refuses and the caller gets in-use.
 */
export const productGroupsUseCases = crudUseCases({
  entityType: 'product-group',
  label: 'product group',
  table: productGroups,
  orderBy: productGroups.name,
  createRow: (input: CreateProductGroup) => ({
    slug: input.slug,
    name: input.name,
    description: input.description ?? null,
    leaderId: input.leaderId ?? null,
  }),
  updateRow: (input: UpdateProductGroup) =>
    definedOnly({
      slug: input.slug,
      name: input.name,
      description: input.description,
      leaderId: input.leaderId,
    }),
  load: (_db, _orgId, rows) => Promise.resolve(rows.map(toProductGroup)),
});
