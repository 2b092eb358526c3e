import type { GithubSettingsInput } from '../../contracts/github-sync';
import { saveGithubSettings } from '../../services/github-sync/github-settings';
import { productGroupsUseCases } from '../../services/organisation/product-groups';
import { productsUseCases } from '../../services/organisation/products';
import { teamsUseCases } from '../../services/organisation/teams';
import type { ServiceContext } from '../../services/shared/context';
import type { SeededGithub } from './seed-fake-portfolio';

/**
 * Gives an organisation what the seeded GitHub needs to land somewhere: a product per `product/<slug>`
 * label, a team per backlog repository, and settings naming the portfolio and the roadmap with their
 * boards (tests and benchmarks; `settings` overrides parts).
 */
export async function setUpGithubOrg(
  ctx: ServiceContext,
  seeded: SeededGithub,
  settings: Partial<GithubSettingsInput> = {},
): Promise<void> {
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
  const { portfolio, roadmap } = seeded;
  await saveGithubSettings(ctx, {
    portfolio: { owner: portfolio.owner, repo: portfolio.repo, project: portfolio.project },
    roadmap: { owner: roadmap.owner, repo: roadmap.repo, project: roadmap.project },
    ...settings,
  });
}
