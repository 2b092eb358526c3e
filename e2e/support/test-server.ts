import type { FastifyInstance } from 'fastify';
import { RodtradClient } from '../../src/client';
import type { Role, User } from '../../src/contracts/accounts';
import type { GithubSync } from '../../src/github/github-sync';
import { DEFAULT_AUTH_OPTIONS } from '../../src/server/access/auth-options';
import { buildApp } from '../../src/server/app';
import { createMember, createTestSession, createTestUser } from '../../src/server/testing/test-accounts';
import type { Database } from '../../src/store/database';
import { DEMO_ORG, openDemoDatabase } from './demo-database';
import { ensureWebBuild } from './web-build';

/** A user of the test server: their account and an API token (admin-scoped unless asked otherwise). */
export interface TestAccount {
  user: User;
  token: string;
}

/** A browser session of a user: the `rodtrad_session` cookie's value and the session's CSRF token. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The API as the test administrator (an installation administrator's token), in the demo organisation. */
  api: RodtradClient;
  /** The installation administrator the browser is signed in as unless a test says otherwise. */
  admin: TestAccount;
  /** The server's database, for test accounts (src/server/testing/test-accounts.ts). */
  database: Database;
  /** A new user; with `role`, a member of the demo organisation (or `org`) with that role. */
  createUser(options?: {
    role?: Role;
    name?: string;
    personId?: string | null;
    org?: string;
  }): Promise<TestAccount>;
  /** A new browser session of the user. */
  signIn(userId: string): Promise<TestSession>;
  /** The API with another user's token. */
  apiAs(token: string, org?: string): RodtradClient;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * The server's GitHub sync, made on its database (e2e/github-sync.test.ts points one at a fake
   * GitHub); closed with the server. Left out, the server has one without a connection.
   */
  github?: (database: Database) => GithubSync | Promise<GithubSync>;
}

/**
 * The built web app and the API, on a PGlite database holding the demo portfolio, on a free port.
 * Every page and API route needs a signed-in user: the server has an installation administrator whose
 * token the `api` client sends and whose session the browser gets (see browser-app.ts).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const [webRoot, database] = await Promise.all([ensureWebBuild(), openDemoDatabase()]);
  let app: FastifyInstance | undefined;
  let github: GithubSync | undefined;
  try {
    github = await options.github?.(database);
    // The tests ask the API a lot, from one address: the limit on token use would only get in the way.
    app = await buildApp({
      database,
      webRoot,
      auth: { ...DEFAULT_AUTH_OPTIONS, tokenRequestsPerMinute: 1_000_000 },
      ...(github ? { github } : {}),
    });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const admin = await createTestUser(database, { name: 'Test Administrator', isAdmin: true });
    const running = app;
    const apiAs = (token: string, org = DEMO_ORG) => new RodtradClient({ baseUrl: url, org, token });
    return {
      url,
      api: apiAs(admin.token),
      admin,
      database,
      apiAs,
      async createUser({ role, name, personId, org = DEMO_ORG } = {}) {
        return role
          ? createMember(database, org, role, { name, personId })
          : createTestUser(database, { name });
      },
      signIn: (userId) => createTestSession(database, userId),
      close: async () => {
        await running.close();
        // A run still going writes to the database: it ends before the database goes.
        await github?.close();
        await database.drop();
      },
    };
  } catch (error) {
    await app?.close();
    await github?.close();
    await database.drop();
    throw error;
  }
}
