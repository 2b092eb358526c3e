import { createOrganisation, listOrganisations } from '../services/organisation/organisations';
import type { ServiceContext } from '../services/shared/context';
import { DEMO_PORTFOLIO } from './content/demo-portfolio';
import { DEMO_TODAY } from './content/thread-builders';
import { loadInitiatives } from './load-initiatives';
import { loadOrganisation } from './load-organisation';
import { loadRedThread, loadStatusUpdates } from './load-red-thread';
import { loadStrategy } from './load-strategy';

type Database = ServiceContext['database'];

export interface LoadDemoOptions {
  /** The organisation's slug; `demo` unless told otherwise. */
  slug?: string;
  /** Who is recorded as setting up the organisation and its strategy. */
  actor?: string;
  /**
   * The day the roll-up judges schedules against while loading ('YYYY-MM-DD'); today in Oslo unless
   * told. The content is written as of DEMO_TODAY, so tests pass that to see what it was written to show.
   */
  today?: string;
}

/**
 * Loads Demoetaten, an invented agency with a portfolio in every phase and the red thread under it
 * (roadmap elements, epics, issues and status updates), through the same services the API uses, so
 * its history, decisions and roll-ups are real. Does nothing when the organisation already exists.
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
  const ctx: ServiceContext = {
    database,
    orgId: organisation.id,
    actor,
    ...(options.today ? { today: options.today } : {}),
  };
  const orgKeys = await loadOrganisation(ctx, DEMO_PORTFOLIO);
  const strategicItems = await loadStrategy(ctx, DEMO_PORTFOLIO.sources, orgKeys.productGroups);
  const initiatives = await loadInitiatives(
    ctx,
    DEMO_PORTFOLIO.initiatives,
    { ...orgKeys, strategicItems },
    {
      personNames: orgKeys.personNames,
      portfolioOffice: portfolioManagerName(),
    },
  );
  await loadRedThread(
    ctx,
    { ...DEMO_PORTFOLIO, today: DEMO_TODAY },
    { products: orgKeys.products, teams: orgKeys.teams, initiatives },
  );
  await loadStatusUpdates(ctx, DEMO_PORTFOLIO.initiatives, initiatives, orgKeys.personNames);
  return { orgId: organisation.id, created: true };
}

function portfolioManagerName(): string {
  const manager = DEMO_PORTFOLIO.people.find((p) => p.roles?.includes('portfolio-manager'));
  if (!manager) throw new Error('demo data: nobody has the portfolio-manager role');
  return manager.name;
}
