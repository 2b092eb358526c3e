import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountEventListSchema,
  AccountEventQuerySchema,
  UpdateUserSchema,
  UserSchema,
} from '../../contracts/accounts';
import { IdSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { listAccountEvents } from '../../services/accounts/account-events';
import { listUsers, updateUser } from '../../services/accounts/users';
import type { Database } from '../../services/store-lifecycle';
import { actorOf } from '../http/org-context';

/** The installation's users and its account log, for administrators. */
export function registerUserRoutes(app: FastifyInstance, database: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];

  r.get('/api/v1/users', {
    schema: { tags, response: { 200: z.object({ items: z.array(UserSchema) }), 403: ProblemSchema } },
    handler: async () => ({ items: await listUsers(database) }),
  });

  r.patch('/api/v1/users/:id', {
    schema: {
      tags,
      params: z.object({ id: IdSchema }),
      body: UpdateUserSchema,
      response: {
        200: UserSchema,
        400: ProblemSchema,
        403: ProblemSchema,
        404: ProblemSchema,
        409: ProblemSchema,
      },
    },
    handler: async (request) => updateUser(database, actorOf(request), request.params.id, request.body),
  });

  r.get('/api/v1/account-events', {
    schema: {
      tags,
      querystring: AccountEventQuerySchema,
      response: { 200: AccountEventListSchema, 403: ProblemSchema },
    },
    handler: async (request) => ({ items: await listAccountEvents(database, request.query) }),
  });
}
