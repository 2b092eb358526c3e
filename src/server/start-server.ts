import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Database } from '../services/store-lifecycle';
import type { AuthOptions } from './access/auth-options';
import { safeRequestSerializer } from './access/log-safe-url';
import { buildApp } from './app';
import { authOptionsOf, type Config } from './config';
import { scheduleDailyRollup } from './daily-rollup';
import { GithubSync } from '../github/github-sync';
import { githubConnectionOf } from './github-sync-options';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** How people sign in to it. */
  auth: AuthOptions;
}

/**
 * The request log: tokens, cookies, one-time link secrets and callback codes never appear in it.
 * The configuration (which holds the client secrets) is never logged at all.
 */
export const serverLoggerOptions = (level: Config['LOG_LEVEL']) =>
  ({
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: { req: safeRequestSerializer },
  }) satisfies FastifyServerOptions['logger'];

/** Starts the HTTP server on an open, migrated database. */
export async function startServer(
  config: Config,
  database: Database,
  webRoot: string,
): Promise<RunningServer> {
  const auth = authOptionsOf(config);
  const github = new GithubSync({
    database,
    connection: githubConnectionOf(config),
    webhookSecret: config.GITHUB_WEBHOOK_SECRET ?? null,
    intervalMinutes: config.GITHUB_SYNC_INTERVAL_MINUTES,
    log: (level, message, fields) => app.log[level](fields ?? {}, message),
  });
  const app = await buildApp({
    database,
    webRoot,
    auth,
    github,
    logger: serverLoggerOptions(config.LOG_LEVEL),
    trustProxyHops: config.TRUST_PROXY_HOPS,
  });
  app.addHook('onClose', () => github.close());
  // Hooks must be added before listening.
  scheduleDailyRollup(app, database);
  await app.listen({ port: config.PORT, host: config.HOST });
  github.startSchedule();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return { app, auth, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}` };
}
