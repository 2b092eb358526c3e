import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditEventListSchema } from '../../contracts/audit';
import { OrgIdParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { getHistory } from '../../services/audit/get-history';
import type { OrgContexts } from '../http/org-context';

export function registerHistoryRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/orgs/:org/history/:id', {
    schema: {
      tags: ['history'],
      description: 'Every change to one entity (any type), oldest first, with who, when, before and after.',
      params: OrgIdParamsSchema,
      response: { 200: AuditEventListSchema, 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) => ({
      items: await getHistory(await contexts.forRequest(request), request.params.id),
    }),
  });
}
