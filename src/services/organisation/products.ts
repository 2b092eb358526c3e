import type { CreateProduct, Product, UpdateProduct } from '../../contracts/organisation';
import { products } from '../../store/schema';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';

type ProductRow = typeof products.$inferSelect;

export const toProduct = (r: ProductRow): Product => ({
  ...entityMeta(r),
  slug: r.slug,
  name: r.name,
  productGroupId: r.productGroupId,
  description: r.description,
});

/** Products, each in exactly one product group; moving one is an update of productGroupId. */
export const productsUseCases = crudUseCases({
  entityType: 'product',
  label: 'product',
  table: products,
  orderBy: products.name,
  createRow: (input: CreateProduct) => ({
    slug: input.slug,
    name: input.name,
    productGroupId: input.productGroupId,
    description: input.description ?? null,
  }),
  updateRow: (input: UpdateProduct) =>
    definedOnly({
      slug: input.slug,
      name: input.name,
      productGroupId: input.productGroupId,
      description: input.description,
    }),
  load: (_db, _orgId, rows) => Promise.resolve(rows.map(toProduct)),
});
