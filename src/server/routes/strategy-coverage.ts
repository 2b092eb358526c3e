import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { StrategyCoverageSchema } from '../../contracts/strategy-coverage';
import { getStrategyCoverage } from '../../services/strategy/get-strategy-coverage';
import type { OrgContexts } from '../http/org-context';

/** Which strategic items the portfolio serves, and which goals it leaves without an initiative. */
export function registerStrategyCoverageRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/orgs/:org/strategy/coverage', {
    schema: {
      tags: ['strategy'],
      summary: 'Strategy coverage',
      description:
        'Every strategic source with its items (parents before children) and, for each item, the initiatives ' +
        'linked to it. An item is covered when an initiative that is not stopped serves it or an item below ' +
        'it; goalsWithout counts the goals and objectives still in their period that are not covered, as the ' +
        'portfolio check goal-without-initiative does.',
      params: OrgParamsSchema,
      response: { 200: StrategyCoverageSchema, 404: ProblemSchema },
    },
    handler: async (request) => getStrategyCoverage(await contexts.forRequest(request)),
  });
}
