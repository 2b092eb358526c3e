import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SIGN_IN_FAILURES, SignInOptionsSchema } from '../../contracts/accounts';
import { ProblemSchema } from '../../contracts/errors';
import { recordAccountEvent } from '../../services/accounts/account-events';
import { consumeSignInLink } from '../../services/accounts/sign-in-links';
import { endAllSessions, endSession, startSession } from '../../services/accounts/sessions';
import type { Database } from '../../services/store-lifecycle';
import { usesLocalSignIn, type AuthOptions } from '../access/auth-options';
import { signedIn } from '../access/signed-in-user';
import { clearSessionCookie, setSessionCookie } from '../access/session-cookie';
import { signInRateLimit } from '../access/rate-limits';
import { actorOf } from '../http/org-context';

/** Sign-in with the one-time link, sign-out, and what the sign-in page offers. */
export function registerAuthRoutes(app: FastifyInstance, database: Database, options: AuthOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];

  r.get('/api/v1/auth/options', {
    schema: { tags, response: { 200: SignInOptionsSchema } },
    handler: () => ({
      oidc: options.oidc ? { label: options.oidc.label } : null,
      github: options.github !== undefined,
      localLink: usesLocalSignIn(options),
    }),
  });

  r.get('/auth/link/:secret', {
    config: { rateLimit: signInRateLimit(options) },
    schema: { hide: true, params: z.object({ secret: z.string().min(1).max(200) }) },
    handler: async (request, reply) => {
      const userId = await consumeSignInLink(database, request.params.secret);
      if (!userId) {
        await recordAccountEvent(database.db, {
          kind: 'sign-in-failed',
          userId: null,
          actor: request.ip,
          detail: { provider: 'local', reason: 'link used, expired or unknown' },
        });
        return reply.redirect(`/logg-inn?feil=${SIGN_IN_FAILURES.link}`);
      }
      const session = await startSession(database, userId, { provider: 'local', ip: request.ip });
      setSessionCookie(request, reply, session, options);
      return reply.redirect('/');
    },
  });

  r.post('/api/v1/auth/sign-out', {
    schema: { tags, response: { 204: z.null(), 401: ProblemSchema } },
    handler: async (request, reply) => {
      const auth = signedIn(request);
      if (auth.sessionHash) await endSession(database, auth.sessionHash, actorOf(request));
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  });

  r.post('/api/v1/auth/sign-out-everywhere', {
    schema: { tags, response: { 200: z.object({ endedSessions: z.number().int() }), 401: ProblemSchema } },
    handler: async (request, reply) => {
      const auth = signedIn(request);
      const endedSessions = await endAllSessions(database, auth.user.id, actorOf(request));
      clearSessionCookie(reply);
      return { endedSessions };
    },
  });
}
