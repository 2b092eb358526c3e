import type { FastifyInstance } from 'fastify';
import { CreateItemSchema, ItemSchema, UpdateItemSchema } from '../../contracts/strategy';
import { itemsUseCases } from '../../services/strategy/items';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

export function registerStrategyItemRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'strategy/items',
    tag: 'strategy',
    entity: ItemSchema,
    create: CreateItemSchema,
    update: UpdateItemSchema,
    useCases: itemsUseCases,
  });
}
