import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../services/store-lifecycle';
import type { AuthOptions } from '../access/auth-options';
import { buildApp } from '../app';
import type { GithubSync } from '../../github/github-sync';
import { bearer, createTestUser } from './test-accounts';

export interface TestApi {
  app(): FastifyInstance;
  /** Creates an organisation no other test uses and returns its slug. */
  freshOrg(): Promise<string>;
  /** A request as the suite's administrator (an admin-scoped API token). */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** A request with exactly the headers given: no token unless the test sends one. */
  requestAs(headers: Record<string, string>, options: InjectOptions): Promise<LightMyRequestResponse>;
  adminToken(): string;
}

/** An API on the suite's test database (use inside describeEachDatabase). */
export function useTestApi(
  use: () => Database,
  auth?: AuthOptions,
  options: { github?: () => GithubSync } = {},
): TestApi {
  let app: FastifyInstance | undefined;
  let adminToken = '';
  beforeAll(async () => {
    app = await buildApp({ database: use(), auth, ...(options.github ? { github: options.github() } : {}) });
    await app.ready();
    adminToken = (await createTestUser(use(), { name: 'Test administrator', isAdmin: true })).token;
  });
  afterAll(async () => {
    await app?.close();
  });
  const current = () => {
    if (!app) throw new Error('test app is not built');
    return app;
  };
  const requestAs = (headers: Record<string, string>, options: InjectOptions) =>
    current().inject({ ...options, headers: { ...(options.headers as Record<string, string>), ...headers } });
  return {
    app: current,
    request: (options) => requestAs(bearer(adminToken), options),
    requestAs,
    adminToken: () => adminToken,
    async freshOrg() {
      const slug = `org-${randomBytes(5).toString('hex')}`;
      const res = await requestAs(bearer(adminToken), {
        method: 'POST',
        url: '/api/v1/orgs',
        payload: { slug, name: `Test ${slug}` },
      });
      if (res.statusCode !== 201) throw new Error(`could not create organisation: ${res.body}`);
      return slug;
    },
  };
}

/** The JSON body of a response, typed by the caller. */
export const json = <T = Record<string, unknown>>(res: LightMyRequestResponse): T => res.json<T>();
