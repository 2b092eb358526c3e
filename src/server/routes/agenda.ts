import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AgendaQuerySchema, AgendaSchema } from '../../contracts/agenda';
import { OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { getAgenda } from '../../services/agenda/get-agenda';
import type { OrgContexts } from '../http/org-context';

/** The portfolio office's weekly agenda. */
export function registerAgendaRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/orgs/:org/agenda', {
    schema: {
      tags: ['agenda'],
      summary: 'New proposals, initiatives at a gate, off track or stale, and decisions since a date',
      params: OrgParamsSchema,
      querystring: AgendaQuerySchema,
      response: { 200: AgendaSchema, 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) => getAgenda(await contexts.forRequest(request), request.query),
  });
}
