import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SlugSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { PublicRoadmapSchema } from '../../contracts/public-roadmap';
import { getPublicRoadmap } from '../../services/public-roadmap/get-public-roadmap';
import type { Database } from '../../services/store-lifecycle';

/** The read-only roadmap an organisation may publish for other agencies; no sign-in. */
export function registerPublicRoadmapRoutes(app: FastifyInstance, database: Database): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/public/:org/roadmap', {
    schema: {
      tags: ['public'],
      params: z.object({ org: SlugSchema }),
      response: { 200: PublicRoadmapSchema, 404: ProblemSchema },
    },
    handler: async (request) => getPublicRoadmap(database, request.params.org),
  });
}
