import type { FastifyInstance } from 'fastify';
import {
  BacklogItemSchema,
  CreateBacklogItemSchema,
  ListBacklogItemsQuerySchema,
  UpdateBacklogItemSchema,
} from '../../contracts/backlog';
import { backlogItemsUseCases } from '../../services/backlog/backlog-items';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

/**
 * Epics and issues. Every write answers after progress, delivery and health are rolled up to the
 * initiatives; roadmapElementIds (epics only) replaces the whole set when sent.
 */
export function registerBacklogItemRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'backlog/items',
    tag: 'backlog',
    entity: BacklogItemSchema,
    create: CreateBacklogItemSchema,
    update: UpdateBacklogItemSchema,
    useCases: backlogItemsUseCases,
    listQuery: ListBacklogItemsQuerySchema,
  });
}
