import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../services/store-lifecycle';
import { buildApp } from '../app';

export interface TestApi {
  app(): FastifyInstance;
  /** Creates an organisation no other test uses and returns its slug. */
  freshOrg(): Promise<string>;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** An API on the suite's test database (use inside describeEachDatabase). */
export function useTestApi(use: () => Database): TestApi {
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    app = await buildApp({ database: use() });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });
  const current = () => {
    if (!app) throw new Error('test app is not built');
    return app;
  };
  return {
    app: current,
    request: (options) => current().inject(options),
    async freshOrg() {
      const slug = `org-${randomBytes(5).toString('hex')}`;
      const res = await current().inject({
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
