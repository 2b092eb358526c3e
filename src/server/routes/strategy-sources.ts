import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OrgIdParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import {
  CreateSourceSchema,
  ItemListSchema,
  SourceSchema,
  UpdateSourceSchema,
} from '../../contracts/strategy';
import { listSourceItems } from '../../services/strategy/items';
import { sourcesUseCases } from '../../services/strategy/sources';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

/** Sources answer without their items; GET strategy/sources/:id/items lists a source's items. */
export function registerStrategySourceRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'strategy/sources',
    tag: 'strategy',
    entity: SourceSchema,
    create: CreateSourceSchema,
    update: UpdateSourceSchema,
    useCases: sourcesUseCases,
  });

  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/orgs/:org/strategy/sources/:id/items', {
    schema: {
      tags: ['strategy'],
      summary: "A source's items",
      description:
        'Every item of the source (goals, assignments, actions, objectives, key results), in the order they were ' +
        'added; build the tree from parentId. GET strategy/sources/:id answers the source alone, without items. ' +
        'Items are created, changed and deleted at strategy/items.',
      params: OrgIdParamsSchema,
      response: { 200: ItemListSchema, 404: ProblemSchema },
    },
    handler: async (request) => ({
      items: await listSourceItems(await contexts.forRequest(request), request.params.id),
    }),
  });
}
