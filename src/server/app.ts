import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { LIMITS } from '../contracts/limits';
import type { Database } from '../services/store-lifecycle';
import { enforceAccess, requireRoutePolicies } from './access/access-hooks';
import { DEFAULT_AUTH_OPTIONS, type AuthOptions } from './access/auth-options';
import { rateLimitError } from './access/rate-limits';
import { contentSecurityPolicy } from './http/content-security-policy';
import { problem, sendProblem, toProblem } from './http/problem';
import { OrgContexts } from './http/org-context';
import { registerApiRoutes } from './routes';
import { GithubSync } from '../github/github-sync';

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** The built web app (index.html and assets); served at / when present. */
  webRoot?: string;
  /** Sign-in providers, cookies and rate limits; local sign-in with no providers by default. */
  auth?: AuthOptions;
  /** Reverse proxies to trust for the client's address (rate limits, the account log) and protocol. */
  trustProxyHops?: number;
  /** The GitHub sync; one without credentials (answering github-not-configured) when left out. */
  github?: GithubSync;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: LIMITS.bodyBytes,
    // Path parameters are ids, slugs and case keys; the route schemas bound them further.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ...(options.trustProxyHops
      ? { trustProxy: (_address: string, hop: number) => hop < (options.trustProxyHops ?? 0) }
      : {}),
    // A malformed URL or an over-long path parameter is refused by the router: answer problem+json too.
    frameworkErrors: (error, _request, reply) => {
      void sendProblem(reply, problem('validation-failed', error.message));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else answers 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));
  const auth = options.auth ?? DEFAULT_AUTH_OPTIONS;

  // Before any route: every API route must have a policy, and every request is checked against it.
  requireRoutePolicies(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: contentSecurityPolicy(auth.publicUrl) },
  });
  // Token use is limited per address; sign-in routes set their own, tighter limit.
  await app.register(fastifyRateLimit, {
    global: true,
    max: auth.tokenRequestsPerMinute,
    timeWindow: 60_000,
    allowList: (request) => request.headers.authorization === undefined,
    keyGenerator: (request) => `token:${request.ip}`,
    errorResponseBuilder: rateLimitError,
  });
  enforceAccess(app, options.database, auth);

  // Swagger goes first: routes registered before it would be missing from the document.
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rødtråd API',
        version: '1',
        description:
          'Portfolio management: initiatives through gated phases. Errors are application/problem+json with a stable `code`. Reads carry an ETag; writes need If-Match. Sign in with an API token (`Authorization: Bearer rdt_…`) or, in the web app, the session cookie plus the `x-csrf-token` header on writes.',
      },
      components: {
        securitySchemes: {
          apiToken: { type: 'http', scheme: 'bearer', description: 'An API token, rdt_…' },
          session: { type: 'apiKey', in: 'cookie', name: 'rodtrad_session' },
        },
      },
      security: [{ apiToken: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // staticCSP: the docs page gets a policy of its own that allows exactly its scripts.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, () => ({
    status: 'ok',
    database: options.database.kind,
  }));

  const github = options.github ?? new GithubSync({ database: options.database, connection: null });
  registerApiRoutes(app, options.database, new OrgContexts(options.database), auth, github);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !options.webRoot) {
      return sendProblem(
        reply,
        problem('not-found', `${request.method} ${request.url.split('?')[0]} does not exist`),
      );
    }
    // The web app routes on the client: unknown paths get its index page.
    return reply.type('text/html').sendFile('index.html');
  });
  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false, index: 'index.html' });
  }
  return app;
}
