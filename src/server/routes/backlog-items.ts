import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BacklogImportResultSchema, BacklogImportSchema } from '../../contracts/backlog-import';
import { OrgParamsSchema } from '../../contracts/common';
import { importBacklog } from '../../services/backlog/import-backlog';
import {
  BacklogItemSchema,
  CreateBacklogItemSchema,
  ListBacklogItemsQuerySchema,
  UpdateBacklogItemSchema,
} from '../../contracts/backlog';
import { backlogItemsUseCases } from '../../services/backlog/backlog-items';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes, writeProblems } from './crud-routes';

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

  // Registered after the CRUD routes: a static path wins over /backlog/items/:id in Fastify's router.
  app.withTypeProvider<ZodTypeProvider>().post('/api/v1/orgs/:org/backlog/import', {
    schema: {
      tags: ['backlog'],
      description:
        'Creates or updates roadmap elements, epics and issues by owner/repo#N in one transaction, then rolls up once',
      params: OrgParamsSchema,
      body: BacklogImportSchema,
      response: { 200: BacklogImportResultSchema, ...writeProblems },
    },
    handler: async (request) => importBacklog(await contexts.forRequest(request), request.body),
  });
}
