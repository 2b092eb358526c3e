import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import {
  CreateOrganisationSchema,
  OrganisationSchema,
  UpdateOrganisationSchema,
} from '../../contracts/organisation';
import {
  createOrganisation,
  getOrganisation,
  listOrganisationsOf,
  updateOrganisation,
} from '../../services/organisation/organisations';
import type { Database } from '../../services/store-lifecycle';
import { signedIn } from '../access/signed-in-user';
import { actorOf } from '../http/org-context';

export function registerOrganisationRoutes(app: FastifyInstance, database: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisations'];
  r.get('/api/v1/orgs', {
    schema: { tags, response: { 200: z.object({ items: z.array(OrganisationSchema) }) } },
    handler: async (request) => ({ items: await listOrganisationsOf(database, signedIn(request).user) }),
  });
  r.post('/api/v1/orgs', {
    schema: {
      tags,
      body: CreateOrganisationSchema,
      response: { 201: OrganisationSchema, 400: ProblemSchema, 409: ProblemSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createOrganisation(database, actorOf(request), request.body)),
  });
  r.get('/api/v1/orgs/:org', {
    schema: { tags, params: OrgParamsSchema, response: { 200: OrganisationSchema, 404: ProblemSchema } },
    handler: async (request) => getOrganisation(database, request.params.org),
  });
  r.patch('/api/v1/orgs/:org', {
    schema: {
      tags,
      params: OrgParamsSchema,
      body: UpdateOrganisationSchema,
      response: { 200: OrganisationSchema, 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) =>
      updateOrganisation(database, actorOf(request), request.params.org, request.body),
  });
}
