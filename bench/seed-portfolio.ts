import type { CreateInitiative, Initiative } from '../src/contracts/initiatives';
import { DEFAULT_PHASE_IDS } from '../src/contracts/workflow';
import { DEFAULT_WORKFLOW } from '../src/domain/workflow/default-workflow';
import { createInitiative } from '../src/services/initiatives/create-initiative';
import { transitionInitiative } from '../src/services/initiatives/transition-initiative';
import { createOrganisation } from '../src/services/organisation/organisations';
import { peopleUseCases } from '../src/services/organisation/people';
import { productGroupsUseCases } from '../src/services/organisation/product-groups';
import { teamsUseCases } from '../src/services/organisation/teams';
import type { ServiceContext } from '../src/services/shared/context';
import { itemsUseCases } from '../src/services/strategy/items';
import { sourcesUseCases } from '../src/services/strategy/sources';
import type { Database } from '../src/store/database';

export interface SeededInitiative {
  id: string;
  key: string;
  phase: string;
  version: number;
}

export interface SeededPortfolio {
  slug: string;
  initiatives: SeededInitiative[];
  decisions: number;
}

interface Org {
  ctx: ServiceContext;
  people: string[];
  productGroups: string[];
  teams: string[];
  items: string[];
}

const CHECKLIST = DEFAULT_WORKFLOW.phases.flatMap((p) =>
  p.exitCriteria.filter((c) => c.kind === 'checklist').map((c) => c.id),
);
const YEARS = [2022, 2023, 2024, 2025, 2026];
/** How many initiatives end in each phase, per 20: a portfolio with most work in the middle phases. */
const PHASE_SHARE = [3, 4, 4, 4, 3, 2];
const TOPICS = [
  'datadeling',
  'innlogging',
  'meldinger',
  'skjema',
  'innsyn',
  'varsling',
  'samtykke',
  'portal',
];

/**
 * A portfolio of `count` initiatives through the services, so rows, links, decisions and history are
 * what the application itself writes. Every gate field and checklist item is filled, so any
 * initiative can be moved on. Runs `concurrency` initiatives at a time (1 on PGlite: one connection).
 */
export async function seedPortfolio(
  database: Database,
  options: { count: number; concurrency: number; slug?: string },
): Promise<SeededPortfolio> {
  const slug = options.slug ?? 'bench';
  const org = await seedOrganisation(database, slug);
  const initiatives: SeededInitiative[] = new Array<SeededInitiative>(options.count);
  let decisions = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < options.count; i = next++) {
      const created = await createInitiative(org.ctx, initiativeInput(org, i, initiatives));
      let current: Initiative = created;
      const target = targetPhaseIndex(i);
      for (let p = 1; p <= target; p++) {
        const to = DEFAULT_PHASE_IDS[p];
        const result = await transitionInitiative(org.ctx, current.id, current.version, {
          outcome: 'approved',
          to,
          decidedBy: 'Porteføljekontoret',
          decidedOn: `${YEARS[i % YEARS.length]}-${String(1 + p * 2).padStart(2, '0')}-15`,
          rationale: 'Kriteriene for fasen er oppfylt.',
        });
        current = result.initiative;
        decisions += 1;
      }
      initiatives[i] = { id: current.id, key: current.key, phase: current.phase, version: current.version };
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { slug, initiatives, decisions };
}

function targetPhaseIndex(i: number): number {
  let slot = i % PHASE_SHARE.reduce((a, b) => a + b, 0);
  for (const [phase, share] of PHASE_SHARE.entries()) {
    if (slot < share) return phase;
    slot -= share;
  }
  return 0;
}

async function seedOrganisation(database: Database, slug: string): Promise<Org> {
  const organisation = await createOrganisation(database, 'bench', { slug, name: `Benchmark ${slug}` });
  const ctx: ServiceContext = { database, orgId: organisation.id, actor: 'bench' };
  const people: string[] = [];
  for (let i = 1; i <= 12; i++) people.push((await peopleUseCases.create(ctx, { name: `Person ${i}` })).id);
  const productGroups: string[] = [];
  for (let i = 1; i <= 6; i++) {
    const group = await productGroupsUseCases.create(ctx, { slug: `pg-${i}`, name: `Produktgruppe ${i}` });
    productGroups.push(group.id);
  }
  const teams: string[] = [];
  for (let i = 1; i <= 20; i++) {
    const team = await teamsUseCases.create(ctx, {
      slug: `team-${i}`,
      name: `Team ${i}`,
      type: 'stream-aligned',
      productGroupIds: [productGroups[i % productGroups.length] as string],
      members: [{ personId: people[i % people.length] as string, role: 'produkteier' }],
    });
    teams.push(team.id);
  }
  const source = await sourcesUseCases.create(ctx, { kind: 'agency-strategy', title: 'Strategi' });
  const items: string[] = [];
  for (let i = 1; i <= 5; i++) {
    items.push(
      (await itemsUseCases.create(ctx, { sourceId: source.id, kind: 'goal', title: `Mål ${i}` })).id,
    );
  }
  return { ctx, people, productGroups, teams, items };
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function initiativeInput(org: Org, i: number, done: readonly SeededInitiative[]): CreateInitiative {
  const topic = pick(TOPICS, i);
  const year = pick(YEARS, i);
  const earlier = done[i - 7];
  return {
    key: `Sak ${Math.floor(i / YEARS.length) + 1}-${year}`,
    title: `Forbedre ${topic} for innbyggere og virksomheter (${i + 1})`,
    description: `Tiltaket forbedrer ${topic} slik at brukerne får en enklere og sikrere tjeneste.`,
    problemStatement: `Brukerne opplever at ${topic} er tungvint, og mange henvendelser må løses manuelt.`,
    riskIfNotDone: 'Flere manuelle henvendelser og høyere kostnader.',
    collaboration: 'Flere team i produktgruppen.',
    competence: 'Utvikling, tjenestedesign og arkitektur.',
    personMonthsTotal: 6 + (i % 40),
    priority: pick(['must', 'should', 'could', 'wont'] as const, i),
    riskLevel: pick(['low', 'medium', 'high'] as const, i),
    riskText: 'Avhengig av andre team.',
    ownerId: pick(org.people, i),
    submitterId: pick(org.people, i + 1),
    responsibleId: pick(org.people, i + 2),
    allocation:
      i % 4 === 0
        ? { kind: 'product-group', productGroupId: pick(org.productGroups, i) }
        : { kind: 'teams', teamIds: [pick(org.teams, i), pick(org.teams, i + 3)] },
    okrs: [
      {
        objective: `Bedre ${topic}`,
        keyResults: [{ title: 'Færre henvendelser', target: '-30 %', done: false }],
      },
    ],
    milestones: [{ title: 'Første leveranse', due: `${year}-06-30`, done: false }],
    funding: [{ year, budgetItem: 'Post 01', source: 'team-budget', needNok: 1_000_000 }],
    resources: [{ year, internalPersonMonths: 6, externalPersonMonths: 0 }],
    dependsOnIds: earlier && i % 10 === 0 ? [earlier.id] : [],
    strategicItemIds: [pick(org.items, i)],
    measurementPlan: 'Måles kvartalsvis.',
    checkedCriteria: CHECKLIST,
  };
}
