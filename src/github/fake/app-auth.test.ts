import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { testRequest } from './test-request';

const APP_ID = 4242;

function appJwt(privateKey: KeyObject, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iat: now - 60, exp: now + 540, iss: APP_ID, ...claims })}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

describe('fake GitHub App authentication', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let fake: FakeGitHub;

  beforeAll(async () => {
    fake = await FakeGitHub.start({
      tokens: ['personal-token'],
      app: { appId: APP_ID, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
    });
    fake.addRepo('acme', 'portfolio');
  });

  afterAll(async () => {
    expect(fake.restViolations).toEqual([]);
    await fake.close();
  });

  it('trades a signed JWT for an installation token that works for an hour', async () => {
    const jwt = appJwt(privateKey);
    const installation = await testRequest(fake, 'GET', '/orgs/acme/installation', { token: jwt });
    expect(installation.status).toBe(200);
    const { id, access_tokens_url } = installation.body as { id: number; access_tokens_url: string };
    const viaRepo = await testRequest(fake, 'GET', '/repos/acme/portfolio/installation', { token: jwt });
    expect((viaRepo.body as { id: number }).id).toBe(id);

    const minted = await testRequest(fake, 'POST', access_tokens_url, { token: jwt });
    expect(minted.status).toBe(201);
    const { token, expires_at } = minted.body as { token: string; expires_at: string };
    const lifetime = Date.parse(expires_at) - Date.now();
    expect(lifetime).toBeGreaterThan(59 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(60 * 60 * 1000);
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio', { token })).status).toBe(200);

    fake.advanceClock(61 * 60 * 1000);
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio', { token })).status).toBe(401);
    fake.advanceClock(-61 * 60 * 1000);
  });

  it('refuses JWTs signed with another key, from another app, or expiring too late', async () => {
    for (const jwt of [
      appJwt(other.privateKey),
      appJwt(privateKey, { iss: 1 }),
      appJwt(privateKey, { exp: Math.floor(Date.now() / 1000) + 3600 }),
      appJwt(privateKey, { exp: Math.floor(Date.now() / 1000) - 10 }),
    ]) {
      const answer = await testRequest(fake, 'GET', '/orgs/acme/installation', { token: jwt });
      expect(answer.status).toBe(401);
    }
  });

  it('takes the app JWT only on the app routes, and the installation routes only with it', async () => {
    expect(
      (await testRequest(fake, 'GET', '/orgs/acme/installation', { token: 'personal-token' })).status,
    ).toBe(401);
    expect(
      (await testRequest(fake, 'GET', '/repos/acme/portfolio', { token: appJwt(privateKey) })).status,
    ).toBe(403);
    expect(
      (await testRequest(fake, 'GET', '/repos/acme/portfolio', { token: 'personal-token' })).status,
    ).toBe(200);
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio', { token: 'guessed' })).status).toBe(401);
  });

  it('names the installation in webhook payloads', () => {
    fake.addIssue('acme', 'portfolio', { title: 'Hello' });
    const payload = JSON.parse(fake.deliveries().at(-1)?.body ?? '{}') as { installation?: { id: number } };
    expect(payload.installation?.id).toEqual(expect.any(Number));
  });
});
