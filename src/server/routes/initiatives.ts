import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrgParamsSchema, SlugSchema } from '../../contracts/common';
import { AuditEventListSchema } from '../../contracts/audit';
import { ProblemSchema } from '../../contracts/errors';
import {
  CreateInitiativeSchema,
  DecisionSchema,
  InitiativeDetailSchema,
  InitiativePageSchema,
  InitiativeSchema,
  ListInitiativesQuerySchema,
  TransitionRequestSchema,
  TransitionResultSchema,
  UpdateInitiativeSchema,
} from '../../contracts/initiatives';
import { createInitiative } from '../../services/initiatives/create-initiative';
import { getInitiative } from '../../services/initiatives/get-initiative';
import { getInitiativeHistory } from '../../services/initiatives/get-initiative-history';
import { listDecisions } from '../../services/initiatives/list-decisions';
import { listInitiatives } from '../../services/initiatives/list-initiatives';
import { transitionInitiative } from '../../services/initiatives/transition-initiative';
import { updateInitiative } from '../../services/initiatives/update-initiative';
import { resolveInitiativeRef } from '../../services/initiatives/resolve-initiative';
import { listStatusUpdates, postStatusUpdate } from '../../services/thread/post-status-update';
import { CreateStatusUpdateSchema, StatusUpdateListSchema, StatusUpdateSchema } from '../../contracts/thread';
import { requiredVersion, setEtag } from '../http/etag';
import type { OrgContexts } from '../http/org-context';
import { IfMatchHeaders, writeProblems } from './crud-routes';

const RefParams = z.object({
  org: SlugSchema,
  ref: z
    .string()
    .min(1)
    .max(60)
    .describe('The initiative id, or its case key such as "Sak 14-2026" (URL-encoded)'),
});

export function registerInitiativeRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['initiatives'];
  const base = '/api/v1/orgs/:org/initiatives';

  r.get(base, {
    schema: {
      tags,
      params: OrgParamsSchema,
      querystring: ListInitiativesQuerySchema,
      response: { 200: InitiativePageSchema, 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) => listInitiatives(await contexts.forRequest(request), request.query),
  });

  r.post(base, {
    schema: {
      tags,
      params: OrgParamsSchema,
      body: CreateInitiativeSchema,
      response: { 201: InitiativeSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      const created = await createInitiative(await contexts.forRequest(request), request.body);
      setEtag(reply, created);
      void reply.header('location', `${request.url}/${created.id}`);
      return reply.code(201).send(created);
    },
  });

  r.get(`${base}/:ref`, {
    schema: {
      tags,
      params: RefParams,
      response: { 200: InitiativeDetailSchema, 400: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      const detail = await getInitiative(await contexts.forRequest(request), request.params.ref);
      setEtag(reply, detail);
      return detail;
    },
  });

  r.patch(`${base}/:ref`, {
    schema: {
      tags,
      params: RefParams,
      headers: IfMatchHeaders,
      body: UpdateInitiativeSchema,
      response: { 200: InitiativeSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      const ctx = await contexts.forRequest(request);
      const updated = await updateInitiative(ctx, request.params.ref, requiredVersion(request), request.body);
      setEtag(reply, updated);
      return updated;
    },
  });

  r.post(`${base}/:ref/transitions`, {
    schema: {
      tags,
      description:
        'Records a gate decision. approved / approved-with-conditions move to the next phase when every exit criterion is met (else 422 gate-criteria-unmet with unmetCriteria); sent-back moves to an earlier phase; parked, stopped and resumed change the status. Moving back, parking and stopping need a rationale.',
      params: RefParams,
      headers: IfMatchHeaders,
      body: TransitionRequestSchema,
      response: { 201: TransitionResultSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      const ctx = await contexts.forRequest(request);
      const result = await transitionInitiative(
        ctx,
        request.params.ref,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, result.initiative);
      return reply.code(201).send(result);
    },
  });

  r.get(`${base}/:ref/decisions`, {
    schema: {
      tags,
      params: RefParams,
      response: { 200: z.object({ items: z.array(DecisionSchema) }), 404: ProblemSchema },
    },
    handler: async (request) => ({
      items: await listDecisions(await contexts.forRequest(request), request.params.ref),
    }),
  });

  r.get(`${base}/:ref/status-updates`, {
    schema: { tags, params: RefParams, response: { 200: StatusUpdateListSchema, 404: ProblemSchema } },
    handler: async (request) => {
      const ctx = await contexts.forRequest(request);
      const initiativeId = await resolveInitiativeRef(ctx, request.params.ref);
      return { items: await listStatusUpdates(ctx, { initiativeId }) };
    },
  });

  r.post(`${base}/:ref/status-updates`, {
    schema: {
      tags,
      params: RefParams,
      body: CreateStatusUpdateSchema,
      response: { 201: StatusUpdateSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      const ctx = await contexts.forRequest(request);
      const initiativeId = await resolveInitiativeRef(ctx, request.params.ref);
      return reply.code(201).send(await postStatusUpdate(ctx, { initiativeId }, request.body));
    },
  });

  r.get(`${base}/:ref/history`, {
    schema: { tags, params: RefParams, response: { 200: AuditEventListSchema, 404: ProblemSchema } },
    handler: async (request) => ({
      items: await getInitiativeHistory(await contexts.forRequest(request), request.params.ref),
    }),
  });
}
