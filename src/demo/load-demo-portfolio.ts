import { createOrganisation, listOrganisations } from '../services/organisation/organisations';
import type { ServiceContext } from '../services/shared/context';
import { DEMO_PORTFOLIO } from './content/demo-portfolio';
import { loadInitiatives } from './load-initiatives';
import { loadOrganisation } from './load-organisation';
import { loadStrategy } from './load-strategy';

type Database = ServiceContext['database'];

export interface LoadDemoOptions {
  /** The organisation's slug; `demo` unless told otherwise. */
  slug?: string;
  /** Who is recorded as setting up the organisation and its strategy. */
  actor?: string;
}

/**
 * Loads Demoetaten, an invented agency with a portfolio in every phase, through the same services the
 * API uses, so its history and decisions are real. Does nothing when the organisation already exists.
 */
export async function loadDemoPortfolio(
  database: Database,
  options: LoadDemoOptions = {},
): Promise<{ orgId: string; created: boolean }> {
  const slug = options.slug ?? DEMO_PORTFOLIO.organisation.slug;
  const actor = options.actor ?? 'Demodata';
  const existing = (await listOrganisations(database)).find((o) => o.slug === slug);
  if (existing) return { orgId: existing.id, created: false };

  const organisation = await createOrganisation(database, actor, {
    slug,
    name: DEMO_PORTFOLIO.organisation.name,
  });
  const ctx: ServiceContext = { database, orgId: organisation.id, actor };
  const orgKeys = await loadOrganisation(ctx, DEMO_PORTFOLIO);
  const strategicItems = await loadStrategy(ctx, DEMO_PORTFOLIO.sources, orgKeys.productGroups);
  await loadInitiatives(
    ctx,
    DEMO_PORTFOLIO.initiatives,
    { ...orgKeys, strategicItems },
    {
      personNames: orgKeys.personNames,
      portfolioOffice: portfolioManagerName(),
    },
  );
  return { orgId: organisation.id, created: true };
}

function portfolioManagerName(): string {
  const manager = DEMO_PORTFOLIO.people.find((p) => p.roles?.includes('portfolio-manager'));
  if (!manager) throw new Error('demo data: nobody has the portfolio-manager role');
  return manager.name;
}
