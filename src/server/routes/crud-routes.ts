import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ListQueryBaseSchema, OrgIdParamsSchema, OrgParamsSchema, pageOf } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import type { CrudUseCases } from '../../services/shared/crud';
import { requiredVersion, setEtag } from '../http/etag';
import type { OrgContexts } from '../http/org-context';

export interface CrudRouteSpec<Out extends { id: string; version: number }, Create, Update> {
  /** Path under /api/v1/orgs/:org, e.g. "people" or "strategy/items". */
  path: string;
  tag: string;
  entity: z.ZodType<Out>;
  create: z.ZodType<Create>;
  update: z.ZodType<Update>;
  useCases: CrudUseCases<Out, Create, Update>;
  /** The list's query string when it has filters beyond paging. */
  listQuery?: z.ZodType;
}

export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .max(100)
    .optional()
    .describe('The ETag you read; required, answered with 428 when missing'),
});

/** The problems any write can answer: bad input, unknown, conflict, stale, refused, missing If-Match. */
export const writeProblems = {
  400: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  412: ProblemSchema,
  422: ProblemSchema,
  428: ProblemSchema,
};

// The schemas validate at run time; these casts only restate what they guarantee.
const idOf = (request: FastifyRequest) => (request.params as z.infer<typeof OrgIdParamsSchema>).id;
const orgOf = (request: FastifyRequest) => (request.params as z.infer<typeof OrgParamsSchema>).org;

/** List, read, create, update and delete of one organisation or strategy entity. */
export function registerCrudRoutes<Out extends { id: string; version: number }, Create, Update>(
  app: FastifyInstance,
  contexts: OrgContexts,
  spec: CrudRouteSpec<Out, Create, Update>,
): void {
  const base = `/api/v1/orgs/:org/${spec.path}`;
  const tags = [spec.tag];

  app.route({
    method: 'GET',
    url: base,
    schema: {
      tags,
      params: OrgParamsSchema,
      querystring: spec.listQuery ?? ListQueryBaseSchema,
      response: { 200: pageOf(spec.entity), 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) =>
      spec.useCases.list(
        await contexts.forRequest(request),
        request.query as z.infer<typeof ListQueryBaseSchema>,
      ),
  });

  app.route({
    method: 'GET',
    url: `${base}/:id`,
    schema: { tags, params: OrgIdParamsSchema, response: { 200: spec.entity, 404: ProblemSchema } },
    handler: async (request, reply) => {
      const entity = await spec.useCases.get(await contexts.forRequest(request), idOf(request));
      setEtag(reply, entity);
      return entity;
    },
  });

  app.route({
    method: 'POST',
    url: base,
    schema: {
      tags,
      params: OrgParamsSchema,
      body: spec.create,
      response: { 201: spec.entity, ...writeProblems },
    },
    handler: async (request, reply) => {
      const entity = await spec.useCases.create(await contexts.forRequest(request), request.body as Create);
      setEtag(reply, entity);
      void reply.header('location', `/api/v1/orgs/${orgOf(request)}/${spec.path}/${entity.id}`);
      return reply.code(201).send(entity);
    },
  });

  app.route({
    method: 'PATCH',
    url: `${base}/:id`,
    schema: {
      tags,
      params: OrgIdParamsSchema,
      headers: IfMatchHeaders,
      body: spec.update,
      response: { 200: spec.entity, ...writeProblems },
    },
    handler: async (request, reply) => {
      const ctx = await contexts.forRequest(request);
      const entity = await spec.useCases.update(
        ctx,
        idOf(request),
        requiredVersion(request),
        request.body as Update,
      );
      setEtag(reply, entity);
      return entity;
    },
  });

  app.route({
    method: 'DELETE',
    url: `${base}/:id`,
    schema: {
      tags,
      params: OrgIdParamsSchema,
      headers: IfMatchHeaders,
      response: { 204: z.null(), ...writeProblems },
    },
    handler: async (request, reply) => {
      await spec.useCases.remove(await contexts.forRequest(request), idOf(request), requiredVersion(request));
      return reply.code(204).send(null);
    },
  });
}
