import type { FastifyInstance } from 'fastify';
import {
  CreateProductGroupSchema,
  ProductGroupSchema,
  UpdateProductGroupSchema,
} from '../../contracts/organisation';
import { productGroupsUseCases } from '../../services/organisation/product-groups';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

export function registerProductGroupRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'product-groups',
    tag: 'organisation',
    entity: ProductGroupSchema,
    create: CreateProductGroupSchema,
    update: UpdateProductGroupSchema,
    useCases: productGroupsUseCases,
  });
}
