import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
import { problem, sendProblem, toProblem } from './http/problem';
import { OrgContexts } from './http/org-context';
import { registerApiRoutes } from './routes';

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** The built web app (index.html and assets); served at / when present. */
  webRoot?: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: LIMITS.bodyBytes,
    // Path parameters are ids, slugs and case keys; the route schemas bound them further.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else answers 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));

  // Swagger goes first: routes registered before it would be missing from the document.
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rødtråd API',
        version: '1',
        description:
          'Portfolio management: initiatives through gated phases. Errors are application/problem+json with a stable `code`. Reads carry an ETag; writes need If-Match.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/api/health', { schema: { hide: true } }, () => ({
    status: 'ok',
    database: options.database.kind,
  }));

  registerApiRoutes(app, options.database, new OrgContexts(options.database));
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
