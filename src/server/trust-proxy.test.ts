import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../store/testing/test-database';
import { DEFAULT_AUTH_OPTIONS } from './access/auth-options';
import { buildApp } from './app';
import { loadConfig } from './config';

describeEachDatabase('behind a reverse proxy', (use) => {
  const apps: FastifyInstance[] = [];
  const build = async (trustProxyHops: number) => {
    const app = await buildApp({
      database: use(),
      auth: { ...DEFAULT_AUTH_OPTIONS, signInPerMinute: 1 },
      trustProxyHops,
    });
    apps.push(app);
    return app;
  };
  const signInFrom = (app: FastifyInstance, address: string) =>
    app.inject({ method: 'GET', url: '/auth/link/guess', headers: { 'x-forwarded-for': address } });
  beforeAll(() => expect(loadConfig({}).TRUST_PROXY_HOPS).toBe(0));
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });

  it('limits each client by the address the trusted proxy forwards', async () => {
    const app = await build(1);
    expect((await signInFrom(app, '203.0.113.1')).statusCode).toBe(302);
    expect((await signInFrom(app, '203.0.113.2')).statusCode).toBe(302);
    expect((await signInFrom(app, '203.0.113.1')).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For when no proxy is trusted, so a client cannot pick its own address', async () => {
    const app = await build(0);
    expect((await signInFrom(app, '203.0.113.1')).statusCode).toBe(302);
    expect((await signInFrom(app, '203.0.113.2')).statusCode).toBe(429);
  });
});
