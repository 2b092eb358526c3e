import { afterEach } from 'vitest';
import { GithubClient, type GithubClientOptions } from '../github-client';
import { fakeClock, type FakeClock } from './fake-clock';
import { startStubGithub, type StubGithub, type StubHandler } from './stub-github';

export interface StubClient {
  stub: StubGithub;
  client: GithubClient;
  clock: FakeClock;
}

export const TEST_TOKEN = 'ghp_TESTtoken0123456789abcdefghijklmnopq';

/**
 * For a test file: `start(handler)` runs a stub GitHub and a client on it (token auth, fake clock,
 * `basePath` below the stub's origin); every stub is closed after each test.
 */
export function useStubClient(): (
  handler: StubHandler,
  options?: Partial<GithubClientOptions> & { basePath?: string; clock?: FakeClock },
) => Promise<StubClient> {
  const open: StubGithub[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((stub) => stub.close()));
  });
  return async (handler, options = {}) => {
    const stub = await startStubGithub(handler);
    open.push(stub);
    const { basePath = '', clock = fakeClock(), ...rest } = options;
    const client = new GithubClient({
      baseUrl: `${stub.origin}${basePath}`,
      auth: { kind: 'token', token: TEST_TOKEN },
      sleep: clock.sleep,
      now: clock.now,
      ...rest,
    });
    return { stub, client, clock };
  };
}
