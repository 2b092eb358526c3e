import type { FastifyInstance } from 'fastify';
import { CreateProductSchema, ProductSchema, UpdateProductSchema } from '../../contracts/organisation';
import { productsUseCases } from '../../services/organisation/products';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

export function registerProductRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'products',
    tag: 'organisation',
    entity: ProductSchema,
    create: CreateProductSchema,
    update: UpdateProductSchema,
    useCases: productsUseCases,
  });
}
