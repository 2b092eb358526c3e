import type { AddressInfo } from 'node:net';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { useTestApi } from '../testing/test-app';
import { expectProblem, rawGet } from './attack-kit';

/**
 * What the permission matrix does not walk: the answer's shape, paths outside the route table, and
 * spellings of a path that try to slip past the check. (The matrix covers every route of the table.)
 */
describeEachDatabase('attack: anonymous requests', (use) => {
  const api = useTestApi(use);
  let org = '';
  let port = 0;
  const anonymous = (url: string, method: 'GET' | 'HEAD' | 'POST' | 'OPTIONS' = 'GET') =>
    api.requestAs({}, { method, url });

  beforeAll(async () => {
    org = await api.freshOrg();
    await api.app().listen({ port: 0, host: '127.0.0.1' });
    port = (api.app().server.address() as AddressInfo).port;
  });

  it('answers only the health check, and it tells nothing else', async () => {
    const health = await anonymous('/api/health');
    expect(health.statusCode).toBe(200);
    expect(Object.keys(health.json<object>()).sort()).toEqual(['database', 'status']);
  });

  it('needs sign-in for the API description and its docs page', async () => {
    for (const url of [
      '/api/openapi.json',
      '/api/docs',
      '/api/docs/',
      '/api/docs/json',
      '/api/docs/static/index.html',
    ]) {
      expectProblem(await anonymous(url), 401, 'unauthorised');
    }
  });

  it('answers 401 problem+json, not 404, for API paths that do not exist, whatever the method', async () => {
    for (const url of [
      '/api/v1/no-such-thing',
      '/api/v2/orgs',
      `/api/v1/orgs/${org}/secrets`,
      '/auth/nothing',
    ]) {
      for (const method of ['GET', 'POST', 'OPTIONS'] as const) {
        expectProblem(await anonymous(url, method), 401, 'unauthorised');
      }
    }
    const head = await anonymous(`/api/v1/orgs/${org}`, 'HEAD');
    expect(head.statusCode).toBe(401);
    expect(head.body).toBe('');
  });

  it('answers an empty or junk session cookie as anonymous', async () => {
    for (const cookie of [
      'rodtrad_session=',
      'rodtrad_session=undefined',
      'rodtrad_session=null; rodtrad_session=x',
    ]) {
      expectProblem(
        await api.requestAs({ cookie }, { method: 'GET', url: '/api/v1/me' }),
        401,
        'unauthorised',
      );
    }
  });

  it('sends pages to the sign-in page', async () => {
    for (const url of ['/', '/portefolje', `/o/${org}/saker`, '/admin/brukere']) {
      const res = await anonymous(url);
      expect(res.statusCode, url).toBe(302);
      expect(res.headers.location).toBe(`/logg-inn?neste=${encodeURIComponent(url)}`);
    }
  });

  it('keeps a switched-off public roadmap closed, like an unknown organisation', async () => {
    expectProblem(await anonymous(`/api/v1/public/${org}/roadmap`), 404, 'not-found');
    expectProblem(await anonymous('/api/v1/public/no-such-org/roadmap'), 404, 'not-found');
  });

  it('lets no spelling of an API path slip past the sign-in check', async () => {
    const spellings = [
      '/api/v1/orgs/',
      '//api/v1/orgs',
      '/api//v1/orgs',
      '/API/v1/orgs',
      '/%61pi/v1/orgs',
      '/api/v1/%6frgs',
      '/api%2fv1%2forgs',
      '/api/v1/orgs;x=1',
      '/api/v1/orgs%00',
      '/api/v1/orgs%20',
      '/api/v1/orgs#',
      '/./api/v1/orgs',
      '/assets/../api/v1/orgs',
      '/assets/%2e%2e/api/v1/orgs',
      '/logg-inn/../api/v1/orgs',
      '/offentlig/../api/v1/orgs',
      '/favicon/../api/v1/orgs',
      `/api/v1/orgs/${org}/../../v1/orgs`,
      `/api/v1/public/${org}/roadmap/../../../orgs`,
      `/api/v1/public/..%2f..%2forgs/${org}`,
      '/api/health/../v1/orgs',
      '/api/openapi.json/..',
    ];
    const leaks: string[] = [];
    for (const path of spellings) {
      const res = await rawGet(port, path, null);
      // Refused (401), sent to sign in (302), unknown (404) or malformed (400): never the organisations.
      const refused = [302, 400, 401, 404].includes(res.status);
      if (!refused || res.text.includes(org)) leaks.push(`${path}: ${res.text.slice(0, 160)}`);
    }
    expect(leaks).toEqual([]);
  });
});
