import type { FastifyInstance } from 'fastify';
import { RodtradClient } from '../../src/client';
import { buildApp } from '../../src/server/app';
import { DEMO_ORG, openDemoDatabase } from './demo-database';
import { ensureWebBuild } from './web-build';

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The API, as the demo organisation, for what the pages should show. */
  api: RodtradClient;
  close(): Promise<void>;
}

/** The built web app and the API, on a PGlite database holding the demo portfolio, on a free port. */
export async function startTestServer(): Promise<TestServer> {
  const [webRoot, database] = await Promise.all([ensureWebBuild(), openDemoDatabase()]);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ database, webRoot });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const running = app;
    return {
      url,
      api: new RodtradClient({ baseUrl: url, org: DEMO_ORG }),
      close: async () => {
        await running.close();
        await database.drop();
      },
    };
  } catch (error) {
    await app?.close();
    await database.drop();
    throw error;
  }
}
