import SwaggerParser from '@apidevtools/swagger-parser';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../store/testing/test-database';
import { useTestApi } from './testing/test-app';

describeEachDatabase('OpenAPI document', (use) => {
  const api = useTestApi(use);

  it('is valid OpenAPI 3.1 and describes every API route', async () => {
    const res = await api.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe('3.1.0');
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    for (const path of [
      '/api/v1/orgs/{org}/initiatives',
      '/api/v1/orgs/{org}/initiatives/{ref}/transitions',
      '/api/v1/orgs/{org}/people/{id}',
    ]) {
      expect([...documented].some((d) => d.endsWith(` ${path}`))).toBe(true);
    }
    expect(documented.has('POST /api/v1/orgs/{org}/initiatives/{ref}/transitions')).toBe(true);
    expect(documented.has('PATCH /api/v1/orgs/{org}/initiatives/{ref}')).toBe(true);
  });

  it('serves the docs page', async () => {
    const res = await api.request({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
