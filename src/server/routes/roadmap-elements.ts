import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdSchema, OrgIdParamsSchema, SlugSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import {
  CreateRoadmapElementSchema,
  LinkEpicSchema,
  RoadmapElementSchema,
  UpdateRoadmapElementSchema,
} from '../../contracts/roadmap';
import { CreateStatusUpdateSchema, StatusUpdateListSchema, StatusUpdateSchema } from '../../contracts/thread';
import { linkEpic, unlinkEpic } from '../../services/roadmap/link-epic';
import { roadmapElementsUseCases } from '../../services/roadmap/roadmap-elements';
import { listStatusUpdates, postStatusUpdate } from '../../services/thread/post-status-update';
import { setEtag } from '../http/etag';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes, writeProblems } from './crud-routes';

const EpicLinkParams = z.object({ org: SlugSchema, id: IdSchema, epicId: IdSchema });

/**
 * Roadmap elements. initiativeIds and dependsOnIds replace the whole set when sent; epics are linked one
 * at a time (an epic linked twice answers 409 duplicate) or from the epic's roadmapElementIds.
 */
export function registerRoadmapElementRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'roadmap/elements',
    tag: 'roadmap',
    entity: RoadmapElementSchema,
    create: CreateRoadmapElementSchema,
    update: UpdateRoadmapElementSchema,
    useCases: roadmapElementsUseCases,
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['roadmap'];
  const base = '/api/v1/orgs/:org/roadmap/elements/:id';

  r.post(`${base}/epics`, {
    schema: {
      tags,
      params: OrgIdParamsSchema,
      body: LinkEpicSchema,
      response: { 200: RoadmapElementSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      const ctx = await contexts.forRequest(request);
      const element = await linkEpic(ctx, request.params.id, request.body.epicId);
      setEtag(reply, element);
      return element;
    },
  });

  r.delete(`${base}/epics/:epicId`, {
    schema: { tags, params: EpicLinkParams, response: { 204: z.null(), ...writeProblems } },
    handler: async (request, reply) => {
      await unlinkEpic(await contexts.forRequest(request), request.params.id, request.params.epicId);
      return reply.code(204).send(null);
    },
  });

  r.get(`${base}/status-updates`, {
    schema: {
      tags,
      params: OrgIdParamsSchema,
      response: { 200: StatusUpdateListSchema, 404: ProblemSchema },
    },
    handler: async (request) => ({
      items: await listStatusUpdates(await contexts.forRequest(request), { elementId: request.params.id }),
    }),
  });

  r.post(`${base}/status-updates`, {
    schema: {
      tags,
      params: OrgIdParamsSchema,
      body: CreateStatusUpdateSchema,
      response: { 201: StatusUpdateSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      const ctx = await contexts.forRequest(request);
      const update = await postStatusUpdate(ctx, { elementId: request.params.id }, request.body);
      return reply.code(201).send(update);
    },
  });
}
