import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MembershipSchema, OrgAccessSchema, SetMembershipSchema } from '../../contracts/accounts';
import { IdSchema, OrgParamsSchema, SlugSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { listMembers, removeMembership, setMembership } from '../../services/accounts/memberships';
import { describeAccess } from '../../services/accounts/org-access';
import type { OrgContexts } from '../http/org-context';
import { writeProblems } from './crud-routes';

const MemberParams = z.object({ org: SlugSchema, userId: IdSchema });

/** What the current user may do in the organisation, and who is a member with which role. */
export function registerMemberRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  const base = '/api/v1/orgs/:org';

  r.get(`${base}/access`, {
    schema: {
      tags,
      params: OrgParamsSchema,
      response: { 200: OrgAccessSchema, 403: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) => {
      const ctx = await contexts.forRequest(request);
      if (!ctx.access) throw new Error('an organisation route without access');
      return describeAccess(ctx.access);
    },
  });

  r.get(`${base}/members`, {
    schema: {
      tags,
      params: OrgParamsSchema,
      response: { 200: z.object({ items: z.array(MembershipSchema) }), 403: ProblemSchema },
    },
    handler: async (request) => ({ items: await listMembers(await contexts.forRequest(request)) }),
  });

  r.put(`${base}/members/:userId`, {
    schema: {
      tags,
      params: MemberParams,
      body: SetMembershipSchema,
      response: { 200: MembershipSchema, ...writeProblems },
    },
    handler: async (request) =>
      setMembership(await contexts.forRequest(request), request.params.userId, request.body),
  });

  r.delete(`${base}/members/:userId`, {
    schema: { tags, params: MemberParams, response: { 204: z.null(), 404: ProblemSchema } },
    handler: async (request, reply) => {
      await removeMembership(await contexts.forRequest(request), request.params.userId);
      return reply.code(204).send(null);
    },
  });
}
