import { afterAll, beforeAll } from 'vitest';
import type { GithubSettingsInput } from '../../contracts/github-sync';
import type { ServiceContext } from '../../services/shared/context';
import type { Database } from '../../services/store-lifecycle';
import { useTestApi, json, type TestApi } from '../../server/testing/test-app';
import { FakeGitHub } from '../fake/fake-github';
import { GithubSync } from '../github-sync';
import type { SeededGithub } from './seed-fake-portfolio';
import { setUpGithubOrg } from './set-up-github-org';

export const TEST_GITHUB_TOKEN = 'ghp_test-sync-token';

export interface SyncHarness {
  fake(): FakeGitHub;
  sync(): GithubSync;
  api: TestApi;
  /**
   * A new organisation set up for the seeded GitHub: a product per `product/<slug>`, a team per backlog
   * repository, and settings naming the portfolio and the roadmap with their boards.
   */
  orgFor(
    seeded: SeededGithub,
    settings?: Partial<GithubSettingsInput>,
  ): Promise<{ slug: string; ctx: ServiceContext }>;
}

/**
 * A fake GitHub, a GithubSync pointed at it (as GitHub Enterprise Server, under /api/v3) and an API on
 * the suite's database; no waiting between writes or retries, so faults cost no time.
 */
export function useSyncHarness(use: () => Database): SyncHarness {
  let fake: FakeGitHub | undefined;
  let sync: GithubSync | undefined;
  beforeAll(async () => {
    fake = await FakeGitHub.start({ tokens: [TEST_GITHUB_TOKEN] });
    sync = new GithubSync({
      database: use(),
      connection: {
        apiUrl: fake.baseUrl,
        graphqlUrl: fake.graphqlUrl,
        auth: { kind: 'token', token: TEST_GITHUB_TOKEN },
      },
      webhookSecret: fake.webhookSecret,
      clientOptions: { sleep: () => Promise.resolve(), writeIntervalMs: 0, timeoutMs: 2_000 },
    });
  });
  const api = useTestApi(use, undefined, { github: () => current(sync, 'sync') });
  afterAll(async () => {
    await sync?.close();
    await fake?.close();
  });
  return {
    fake: () => current(fake, 'fake'),
    sync: () => current(sync, 'sync'),
    api,
    async orgFor(seeded, settings = {}) {
      const slug = await api.freshOrg();
      const org = json<{ id: string }>(await api.request({ method: 'GET', url: `/api/v1/orgs/${slug}` }));
      const ctx: ServiceContext = { database: use(), orgId: org.id, actor: 'test', today: '2026-06-01' };
      await setUpGithubOrg(ctx, seeded, settings);
      return { slug, ctx };
    },
  };
}

function current<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the sync harness's ${name} is not started`);
  return value;
}
