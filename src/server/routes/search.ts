import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { SearchQuerySchema, SearchResultSchema } from '../../contracts/search';
import { searchPortfolio } from '../../services/search/search-portfolio';
import type { OrgContexts } from '../http/org-context';

/** One search over initiatives, roadmap elements, epics and people. */
export function registerSearchRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/orgs/:org/search', {
    schema: {
      tags: ['search'],
      summary: 'Initiatives, roadmap elements, epics and people matching every word, grouped by kind',
      params: OrgParamsSchema,
      querystring: SearchQuerySchema,
      response: { 200: SearchResultSchema, 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) => searchPortfolio(await contexts.forRequest(request), request.query),
  });
}
