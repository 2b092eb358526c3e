import { createOrganisation } from '../../src/services/organisation/organisations';
import type { ServiceContext } from '../../src/services/shared/context';
import type { SeededGithub } from '../../src/github/testing/seed-fake-portfolio';
import { setUpGithubOrg } from '../../src/github/testing/set-up-github-org';
import type { Database } from '../../src/store/database';

/** A new organisation set up for the seeded GitHub, as the tests' harness sets one up. */
export async function prepareGithubOrg(
  database: Database,
  seeded: SeededGithub,
  slug = 'bench-github',
): Promise<{ slug: string; ctx: ServiceContext }> {
  const organisation = await createOrganisation(database, 'bench', { slug, name: `Benchmark ${slug}` });
  // The fake's dates are in 2026: the roll-up judges schedules against a fixed day, as the tests do.
  const ctx: ServiceContext = { database, orgId: organisation.id, actor: 'bench', today: '2026-06-01' };
  await setUpGithubOrg(ctx, seeded);
  return { slug, ctx };
}
