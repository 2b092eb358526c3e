import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { testGraphql, testRequest } from './test-request';

describe('fake GitHub faults', () => {
  let fake: FakeGitHub;

  beforeEach(async () => {
    fake = await FakeGitHub.start();
    fake.addRepo('acme', 'portfolio');
  });

  afterEach(async () => {
    await fake.close();
  });

  it('serves 502s the given number of times, then answers normally, spending no budget', async () => {
    fake.injectFault({ path: '/repos/{owner}/{repo}', kind: 'bad-gateway', times: 2 });
    const first = await testRequest(fake, 'GET', '/repos/acme/portfolio');
    expect(first.status).toBe(502);
    expect(first.headers.get('content-type')).toContain('text/html');
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio')).status).toBe(502);
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio')).status).toBe(200);
    expect(fake.faultsServed()).toEqual([
      { kind: 'bad-gateway', method: 'GET', path: '/repos/acme/portfolio' },
      { kind: 'bad-gateway', method: 'GET', path: '/repos/acme/portfolio' },
    ]);
    expect(fake.stats).toMatchObject({ requests: 3, counted: 1 });
  });

  it('answers a secondary rate limit with 403, retry-after and GitHub’s message', async () => {
    fake.injectFault({
      method: 'PATCH',
      path: /\/issues\/\d+$/,
      kind: 'secondary-rate-limit',
      times: 1,
      retryAfterSeconds: 7,
    });
    fake.addIssue('acme', 'portfolio', { title: 'Target' });
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1')).status).toBe(200);
    const refused = await testRequest(fake, 'PATCH', '/repos/acme/portfolio/issues/1', {
      body: { title: 'New' },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('retry-after')).toBe('7');
    expect((refused.body as { message: string }).message).toContain('secondary rate limit');
    expect(fake.getIssue({ id: 0, nodeId: '', number: 1, owner: 'acme', repo: 'portfolio' })).toMatchObject({
      title: 'Target',
    });
  });

  it('answers 500 for a server error, on GraphQL too', async () => {
    fake.injectFault({ kind: 'server-error', times: 1 });
    expect((await testRequest(fake, 'GET', '/rate_limit')).status).toBe(500);
    fake.injectFault({ path: '/graphql', kind: 'server-error', times: 1 });
    expect((await testGraphql(fake, '{ rateLimit { remaining } }')).status).toBe(500);
  });

  it('holds a timed-out request until the client gives up, and close() does not wait for it', async () => {
    fake.injectFault({ kind: 'timeout', times: 1 });
    const started = Date.now();
    await expect(
      testRequest(fake, 'GET', '/repos/acme/portfolio', { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(fake.faultsServed().map((fault) => fault.kind)).toEqual(['timeout']);

    fake.injectFault({ kind: 'timeout', times: 1 });
    const hanging = testRequest(fake, 'GET', '/repos/acme/portfolio').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = Date.now();
    await fake.close();
    expect(Date.now() - closing).toBeLessThan(2000);
    expect(await hanging).toBeInstanceOf(Error);
    fake = await FakeGitHub.start();
  });
});
