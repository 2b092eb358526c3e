import { generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GithubClient } from './github-client';
import { fakeClock, type FakeClock } from './testing/fake-clock';
import { startStubGithub, type StubGithub, type StubRequest } from './testing/stub-github';
import { TEST_TOKEN } from './testing/use-stub-client';

let privateKeyPem: string;
let publicKey: KeyObject;
beforeAll(() => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // GitHub hands out PKCS#1 keys ("BEGIN RSA PRIVATE KEY").
  privateKeyPem = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  publicKey = pair.publicKey;
});

const open: StubGithub[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** The claims of a JWT whose RS256 signature verifies with the App's public key; throws otherwise. */
function verifiedClaims(authorization: string | undefined): Record<string, unknown> {
  const [header = '', payload = '', signature = ''] = (authorization ?? '')
    .replace(/^Bearer /, '')
    .split('.');
  const ok = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature, 'base64url'),
  );
  if (!ok) throw new Error('bad JWT signature');
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

/** A stub GitHub with an App installed on the organisation `org` (id 11) and the user `person` (id 22). */
async function appStub(clock: FakeClock) {
  let issued = 0;
  const claims: Record<string, unknown>[] = [];
  const stub = await startStubGithub((req: StubRequest) => {
    if (req.url.startsWith('/orgs/') || req.url.startsWith('/users/') || req.url.startsWith('/app/')) {
      claims.push(verifiedClaims(req.headers.authorization));
    }
    if (req.url === '/orgs/org/installation') return { body: { id: 11 } };
    if (req.url === '/users/person/installation') return { body: { id: 22 } };
    if (req.url.endsWith('/installation')) return { status: 404, body: { message: 'Not Found' } };
    const installation = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(req.url)?.[1];
    if (installation && req.method === 'POST') {
      issued += 1;
      const expires = new Date(clock.now() + 60 * 60_000).toISOString();
      return { status: 201, body: { token: `ghs_inst${installation}_${issued}`, expires_at: expires } };
    }
    if (req.headers.authorization === 'Bearer ghs_revoked')
      return { status: 401, body: { message: 'Bad credentials' } };
    return { body: { authorization: req.headers.authorization } };
  });
  open.push(stub);
  const client = new GithubClient({
    baseUrl: stub.origin,
    auth: { kind: 'app', appId: 4242, privateKeyPem },
    now: clock.now,
    sleep: clock.sleep,
  });
  return { stub, client, claims };
}

describe('GitHub App authentication', () => {
  it('signs a JWT the stub verifies with the public key, with iat a minute back and exp 9 minutes on', async () => {
    const clock = fakeClock();
    const { client, claims } = await appStub(clock);
    await client.get('/repos/org/r', { owner: 'org' });
    const now = Math.floor(clock.now() / 1000);
    expect(claims[0]).toEqual({ iat: now - 60, exp: now + 540, iss: '4242' });
    expect(claims).toHaveLength(2); // installation lookup, then the token
  });

  it('finds a user’s installation after the organisation route answers 404, and uses its token', async () => {
    const clock = fakeClock();
    const { stub, client } = await appStub(clock);
    const answer = await client.get<{ authorization: string }>('/repos/person/r', { owner: 'person' });
    expect(answer.status === 200 && answer.data.authorization).toBe('Bearer ghs_inst22_1');
    expect(stub.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /orgs/person/installation',
      'GET /users/person/installation',
      'POST /app/installations/22/access_tokens',
      'GET /repos/person/r',
    ]);
  });

  it('caches the installation token per owner until five minutes before it expires', async () => {
    const clock = fakeClock();
    const { stub, client } = await appStub(clock);
    const tokenRequests = () => stub.requests.filter((r) => r.url.endsWith('/access_tokens')).length;
    await Promise.all([client.get('/a', { owner: 'org' }), client.get('/b', { owner: 'ORG' })]);
    await client.get('/c', { owner: 'org' });
    expect(tokenRequests()).toBe(1);
    clock.advance(54 * 60_000);
    const still = await client.get<{ authorization: string }>('/d', { owner: 'org' });
    expect(still.status === 200 && still.data.authorization).toBe('Bearer ghs_inst11_1');
    clock.advance(2 * 60_000);
    const fresh = await client.get<{ authorization: string }>('/e', { owner: 'org' });
    expect(fresh.status === 200 && fresh.data.authorization).toBe('Bearer ghs_inst11_2');
    expect(tokenRequests()).toBe(2);
    // The installation id is remembered: only the token was asked for again.
    expect(stub.requests.filter((r) => r.url === '/orgs/org/installation')).toHaveLength(1);
  });

  it('fails with not-found when the App is installed on neither an organisation nor a user', async () => {
    const { client } = await appStub(fakeClock());
    await expect(client.get('/repos/nobody/r', { owner: 'nobody' })).rejects.toMatchObject({
      code: 'not-found',
      path: '/users/nobody/installation',
    });
  });
});

describe('secrets', () => {
  it('never show in errors, JSON, strings or inspection of the client', async () => {
    const stub = await startStubGithub((req) => ({
      status: 401,
      // As if GitHub echoed the credential it refused.
      body: { message: `Bad credentials: ${req.headers.authorization ?? ''}` },
    }));
    open.push(stub);
    const client = new GithubClient({ baseUrl: stub.origin, auth: { kind: 'token', token: TEST_TOKEN } });
    const error = await client.get('/user', { owner: 'o' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unauthorised', status: 401 });
    const shown = [
      String(error),
      (error as Error).message,
      (error as Error).stack ?? '',
      JSON.stringify(error),
      inspect(error),
      JSON.stringify(client),
      String(client),
      inspect(client, { showHidden: true, depth: 5 }),
    ];
    for (const text of shown) expect(text).not.toContain(TEST_TOKEN);
    expect((error as Error).message).toContain('Bad credentials: Bearer ***');
  });

  it('never show for an App: neither the key nor the installation token', async () => {
    const clock = fakeClock();
    const { client } = await appStub(clock);
    const answer = await client.get<{ authorization: string }>('/x', { owner: 'org' });
    const token = answer.status === 200 ? answer.data.authorization.replace('Bearer ', '') : 'none';
    expect(token).toMatch(/^ghs_/);
    const keyBody = privateKeyPem.split('\n')[1] ?? 'missing';
    for (const text of [
      JSON.stringify(client),
      String(client),
      inspect(client, { showHidden: true, depth: 5 }),
    ]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(keyBody);
    }
  });

  it('an invalid key fails without quoting it', () => {
    const pem =
      '-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END RSA PRIVATE KEY-----';
    const client = new GithubClient({
      baseUrl: 'http://127.0.0.1:9',
      auth: { kind: 'app', appId: 1, privateKeyPem: pem },
    });
    return client.get('/x', { owner: 'o' }).then(
      () => expect.fail('should fail'),
      (err: unknown) => {
        expect(String(err)).toContain('not a valid PEM key');
        expect(String(err)).not.toContain('c2VjcmV0');
      },
    );
  });
});

describe('an App token refused by GitHub', () => {
  it('is dropped, so the next call asks for a new one', async () => {
    const clock = fakeClock();
    let revoked = true;
    const stub = await startStubGithub((req) => {
      if (req.url === '/orgs/org/installation') return { body: { id: 11 } };
      if (req.url.endsWith('/access_tokens')) {
        const token = revoked ? 'ghs_revoked' : 'ghs_good';
        revoked = false;
        return { status: 201, body: { token, expires_at: new Date(clock.now() + 3_600_000).toISOString() } };
      }
      return req.headers.authorization === 'Bearer ghs_revoked'
        ? { status: 401, body: { message: 'Bad credentials' } }
        : { body: {} };
    });
    open.push(stub);
    const client = new GithubClient({
      baseUrl: stub.origin,
      auth: { kind: 'app', appId: 1, privateKeyPem },
      now: clock.now,
      sleep: clock.sleep,
    });
    await expect(client.get('/x', { owner: 'org' })).rejects.toMatchObject({ code: 'unauthorised' });
    await expect(client.get('/x', { owner: 'org' })).resolves.toMatchObject({ status: 200 });
  });
});
