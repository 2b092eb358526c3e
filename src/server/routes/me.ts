import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiTokenSchema,
  CreateApiTokenSchema,
  CreatedApiTokenSchema,
  MeSchema,
} from '../../contracts/accounts';
import { IdSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/accounts/api-tokens';
import { listMembershipsOf } from '../../services/accounts/memberships';
import { getUser } from '../../services/accounts/users';
import type { Database } from '../../services/store-lifecycle';
import { signedIn } from '../access/signed-in-user';
import { actorOf } from '../http/org-context';

/** The signed-in user, and the API tokens they create, list and revoke. */
export function registerMeRoutes(app: FastifyInstance, database: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];

  r.get('/api/v1/me', {
    schema: { tags, response: { 200: MeSchema, 401: ProblemSchema } },
    handler: async (request) => {
      const auth = signedIn(request);
      const [user, memberships] = await Promise.all([
        getUser(database, auth.user.id),
        listMembershipsOf(database, auth.user.id),
      ]);
      return { user, memberships, via: auth.via, csrfToken: auth.csrfToken };
    },
  });

  r.get('/api/v1/me/tokens', {
    schema: { tags, response: { 200: z.object({ items: z.array(ApiTokenSchema) }), 401: ProblemSchema } },
    handler: async (request) => ({ items: await listApiTokens(database, signedIn(request).user.id) }),
  });

  r.post('/api/v1/me/tokens', {
    schema: {
      tags,
      description: 'Creates an API token. The answer is the only time the token is shown.',
      body: CreateApiTokenSchema,
      response: { 201: CreatedApiTokenSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await createApiToken(database, signedIn(request).user.id, actorOf(request), request.body)),
  });

  r.delete('/api/v1/me/tokens/:id', {
    schema: {
      tags,
      params: z.object({ id: IdSchema }),
      response: { 200: ApiTokenSchema, 401: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) =>
      revokeApiToken(database, signedIn(request).user.id, actorOf(request), request.params.id),
  });
}
