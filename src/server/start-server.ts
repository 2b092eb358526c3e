import type { FastifyInstance } from 'fastify';
import type { Database } from '../services/store-lifecycle';
import { buildApp } from './app';
import type { Config } from './config';
import { scheduleDailyRollup } from './daily-rollup';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
}

/** Starts the HTTP server on an open, migrated database. */
export async function startServer(
  config: Config,
  database: Database,
  webRoot: string,
): Promise<RunningServer> {
  const app = await buildApp({
    database,
    webRoot,
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] },
  });
  // Hooks must be added before listening.
  scheduleDailyRollup(app, database);
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return { app, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}` };
}
