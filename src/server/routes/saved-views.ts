import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrgIdParamsSchema, OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { CreateSavedViewSchema, SavedViewListSchema, SavedViewSchema } from '../../contracts/saved-views';
import { createSavedView, deleteSavedView, listSavedViews } from '../../services/saved-views/saved-views';
import type { OrgContexts } from '../http/org-context';
import { writeProblems } from './crud-routes';

/** The signed-in user's saved views of the portfolio page, and those shared with the organisation. */
export function registerSavedViewRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['saved-views'];
  const base = '/api/v1/orgs/:org/saved-views';

  r.get(base, {
    schema: {
      tags,
      description: 'Your saved views and the views others shared, by name.',
      params: OrgParamsSchema,
      response: { 200: SavedViewListSchema, 403: ProblemSchema },
    },
    handler: async (request) => ({ items: await listSavedViews(await contexts.forRequest(request)) }),
  });

  r.post(base, {
    schema: {
      tags,
      description: 'Saves the portfolio page’s query string under a name you have not used (409 duplicate).',
      params: OrgParamsSchema,
      body: CreateSavedViewSchema,
      response: { 201: SavedViewSchema, ...writeProblems },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createSavedView(await contexts.forRequest(request), request.body)),
  });

  r.delete(`${base}/:id`, {
    schema: {
      tags,
      description: 'Deletes one of your saved views.',
      params: OrgIdParamsSchema,
      response: { 204: z.null(), 403: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      await deleteSavedView(await contexts.forRequest(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
