import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CheckReportSchema } from '../../contracts/checks';
import { OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import {
  PortfolioRollupSchema,
  RecomputeResultSchema,
  TraceQuerySchema,
  TraceSchema,
} from '../../contracts/thread';
import { runPortfolioChecks } from '../../services/checks/run-portfolio-checks';
import { recomputeEverything } from '../../services/rollup/recompute-thread';
import { getPortfolioRollup } from '../../services/thread/portfolio-rollup';
import { traceNode } from '../../services/trace/trace-node';
import type { OrgContexts } from '../http/org-context';

/** The computed thread: trace, the portfolio's roll-up, a full recompute and the portfolio checks. */
export function registerThreadRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['thread'];
  const base = '/api/v1/orgs/:org';

  r.get(`${base}/trace`, {
    schema: {
      tags,
      params: OrgParamsSchema,
      querystring: TraceQuerySchema,
      response: { 200: TraceSchema, 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) => traceNode(await contexts.forRequest(request), request.query.ref),
  });

  r.get(`${base}/rollup`, {
    schema: { tags, params: OrgParamsSchema, response: { 200: PortfolioRollupSchema, 404: ProblemSchema } },
    handler: async (request, reply) => {
      const started = performance.now();
      const items = await getPortfolioRollup(await contexts.forRequest(request));
      // The rows come from the query in the wire shape (the client parses them with the schema), so
      // they are written as they are instead of validated again; the portfolio can be a thousand rows.
      const json = JSON.stringify({ items });
      void reply.header('server-timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
      return reply.type('application/json').send(json as never);
    },
  });

  r.post(`${base}/rollup/recompute`, {
    schema: { tags, params: OrgParamsSchema, response: { 200: RecomputeResultSchema, 404: ProblemSchema } },
    handler: async (request) => recomputeEverything(await contexts.forRequest(request)),
  });

  r.get(`${base}/checks`, {
    schema: { tags, params: OrgParamsSchema, response: { 200: CheckReportSchema, 404: ProblemSchema } },
    handler: async (request) => runPortfolioChecks(await contexts.forRequest(request)),
  });
}
