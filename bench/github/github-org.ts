import { saveGithubSettings } from '../../src/services/github-sync/github-settings';
import { createOrganisation } from '../../src/services/organisation/organisations';
import { productGroupsUseCases } from '../../src/services/organisation/product-groups';
import { productsUseCases } from '../../src/services/organisation/products';
import { teamsUseCases } from '../../src/services/organisation/teams';
import type { ServiceContext } from '../../src/services/shared/context';
import type { SeededGithub } from '../../src/github/testing/seed-fake-portfolio';
import type { Database } from '../../src/store/database';

/**
 * The organisation the import fills, as src/github/testing/sync-harness.ts's `orgFor` sets it up but
 * through the services (the harness needs vitest): a product per `product/<slug>` label, a team per
 * backlog repository, and GitHub settings naming the portfolio and the roadmap with their boards.
 */
export async function prepareGithubOrg(
  database: Database,
  seeded: SeededGithub,
  slug = 'bench-github',
): Promise<{ slug: string; ctx: ServiceContext }> {
  const organisation = await createOrganisation(database, 'bench', { slug, name: `Benchmark ${slug}` });
  // The fake's dates are in 2026: the roll-up judges schedules against a fixed day, as the tests do.
  const ctx: ServiceContext = { database, orgId: organisation.id, actor: 'bench', today: '2026-06-01' };
  const group = await productGroupsUseCases.create(ctx, { slug: 'gruppe', name: 'Produktgruppe' });
  for (const product of seeded.products) {
    await productsUseCases.create(ctx, { slug: product, name: product, productGroupId: group.id });
  }
  for (const team of seeded.teams) {
    await teamsUseCases.create(ctx, {
      slug: team.slug,
      name: team.slug,
      type: 'stream-aligned',
      backlogs: [{ kind: 'github-repository', ref: `${team.owner}/${team.repo}` }],
    });
  }
  await saveGithubSettings(ctx, {
    portfolio: {
      owner: seeded.portfolio.owner,
      repo: seeded.portfolio.repo,
      project: seeded.portfolio.project,
    },
    roadmap: { owner: seeded.roadmap.owner, repo: seeded.roadmap.repo, project: seeded.roadmap.project },
  });
  return { slug, ctx };
}
