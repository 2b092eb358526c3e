import type { FakeGitHub, FakeIssue } from '../fake/fake-github';
import { roadmapBody, epicBody, portfolioBody } from './seed-bodies';

/** How big a portfolio to put on the fake: `initiatives`, and five elements each, four epics each, ten issues each. */
export interface FakePortfolioSize {
  initiatives: number;
  elementsPerInitiative?: number;
  epicsPerElement?: number;
  issuesPerEpic?: number;
  /** Initiatives per team (one backlog repository each). */
  initiativesPerTeam?: number;
  /** Put before every owner's name, so several portfolios can share one fake. */
  namespace?: string;
}

export interface SeededGithub {
  portfolio: { owner: string; repo: string; project: number };
  roadmap: { owner: string; repo: string; project: number };
  teams: { slug: string; owner: string; repo: string }[];
  products: string[];
  initiatives: FakeIssue[];
  elements: FakeIssue[];
  epics: FakeIssue[];
  issues: FakeIssue[];
  /** What the import must fetch at the least: list pages of 100. */
  minimumPages: number;
}

export const PHASES = ['Ikke startet', 'Problem', 'Konsept', 'Planlegging', 'Implementering', 'Utført'];
const STATUSES = ['Til vurdering', 'Backlog', 'Under arbeid', 'Levert'];
const OWNER_NAMES = ['digdir', 'altinn', 'felleslosninger'];
const EPIC_MARKS: { labels: string[]; type: string | null }[] = [
  { labels: ['Epic'], type: null },
  { labels: ['kind/epic', 'team/x'], type: null },
  { labels: ['☂️ epic'], type: null },
  { labels: [], type: 'Epic' },
];
const PORTFOLIO_PROJECT = 1;
const ROADMAP_PROJECT = 2;

/**
 * Puts a red-thread portfolio on the fake GitHub, as Digdir has it: portfolio issues on a board with
 * the phase, roadmap elements on an organisation board with its fields, epics and issues in team
 * repositories across three organisations. The data is messy the way real data is (template
 * placeholders, emoji labels, missing dates, decimal commas, cross-organisation links) and the same
 * for the same size. No webhooks are recorded.
 */
export function seedFakePortfolio(fake: FakeGitHub, size: FakePortfolioSize): SeededGithub {
  return fake.silently(() => seed(fake, size));
}

function seed(fake: FakeGitHub, size: FakePortfolioSize): SeededGithub {
  const owners = OWNER_NAMES.map((name) => `${size.namespace ?? ''}${name}`);
  const home = owners[0]!;
  const perInitiative = size.elementsPerInitiative ?? 5;
  const perElement = size.epicsPerElement ?? 4;
  const perEpic = size.issuesPerEpic ?? 10;
  const teamCount = Math.max(1, Math.ceil(size.initiatives / (size.initiativesPerTeam ?? 10)));
  for (const owner of owners) fake.addOrg(owner);
  fake.addRepo(home, 'portefolje');
  fake.addRepo(home, 'roadmap');
  const teams = Array.from({ length: teamCount }, (_, t) => ({
    slug: `team-${t + 1}`,
    owner: owners[t % owners.length]!,
    repo: `team-${t + 1}-backlog`,
  }));
  for (const team of teams) fake.addRepo(team.owner, team.repo);
  const products = Array.from(
    { length: Math.max(2, Math.ceil(size.initiatives / 5)) },
    (_, p) => `produkt-${p + 1}`,
  );
  fake.addProject(home, {
    number: PORTFOLIO_PROJECT,
    title: 'Porteføljen',
    fields: [{ name: 'Fase', dataType: 'single_select', options: PHASES }],
  });
  fake.addProject(home, {
    number: ROADMAP_PROJECT,
    title: 'Veikart',
    fields: [
      { name: 'Status', dataType: 'single_select', options: STATUSES },
      { name: 'Start', dataType: 'date' },
      { name: 'Sluttdato', dataType: 'date' },
      { name: 'Progresjon (%)', dataType: 'number' },
      // Typed by hand with a decimal comma ("2,5"), so a text field on the real board.
      { name: 'Estimerte ukesverk', dataType: 'text' },
      { name: 'Milestone', dataType: 'text' },
    ],
  });
  const seeded: SeededGithub = {
    portfolio: { owner: home, repo: 'portefolje', project: PORTFOLIO_PROJECT },
    roadmap: { owner: home, repo: 'roadmap', project: ROADMAP_PROJECT },
    teams,
    products,
    initiatives: [],
    elements: [],
    epics: [],
    issues: [],
    minimumPages: 0,
  };
  for (let i = 0; i < size.initiatives; i += 1) {
    const initiative = addInitiative(fake, home, i);
    seeded.initiatives.push(initiative);
    for (let e = 0; e < perInitiative; e += 1) {
      const n = i * perInitiative + e;
      const team = teams[Math.floor(i / (size.initiativesPerTeam ?? 10)) % teams.length]!;
      const epics = Array.from({ length: perElement }, (_, k) =>
        addEpic(fake, team, n * perElement + k, perEpic, seeded),
      );
      seeded.epics.push(...epics);
      seeded.elements.push(addElement(fake, home, n, i, epics, seeded, products));
    }
  }
  const pages = (count: number) => Math.max(1, Math.ceil(count / 100));
  const perTeam = new Map<string, number>();
  for (const epic of seeded.epics) perTeam.set(epic.repo, (perTeam.get(epic.repo) ?? 0) + 1);
  seeded.minimumPages =
    pages(seeded.initiatives.length) * 2 + // the portfolio's issues and its board
    pages(seeded.elements.length) + // the roadmap board's items carry the issues
    teams.reduce((sum, t) => sum + pages((perTeam.get(t.repo) ?? 0) * (1 + perEpic)), 0);
  return seeded;
}

function addInitiative(fake: FakeGitHub, home: string, i: number): FakeIssue {
  const key = `Sak ${i + 1}-2026`;
  const title = [`${key}: Tiltak ${i + 1}`, `[${key}] Tiltak ${i + 1}`, `Tiltak ${i + 1} (${key})`][i % 3]!;
  const issue = fake.addIssue(home, 'portefolje', {
    title,
    body: portfolioBody(i),
    labels: i % 4 === 0 ? ['🚀 satsing'] : [],
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-05T08:00:00Z',
  });
  fake.addProjectItem(home, PORTFOLIO_PROJECT, issue);
  fake.setItemField(home, PORTFOLIO_PROJECT, issue, 'Fase', PHASES[i % PHASES.length]!);
  return issue;
}

function addEpic(
  fake: FakeGitHub,
  team: { owner: string; repo: string },
  n: number,
  perEpic: number,
  seeded: SeededGithub,
): FakeIssue {
  const mark = EPIC_MARKS[n % EPIC_MARKS.length]!;
  const epic = fake.addIssue(team.owner, team.repo, {
    title: `Epos ${n + 1}`,
    labels: mark.labels,
    type: mark.type,
    createdAt: '2026-01-10T08:00:00Z',
    updatedAt: '2026-01-10T08:00:00Z',
  });
  const children = Array.from({ length: perEpic }, (_, c) => {
    const done = (n + c) % 3 === 0;
    return fake.addIssue(team.owner, team.repo, {
      title: `Oppgave ${c + 1} i epos ${n + 1}`,
      labels: c % 5 === 0 ? ['bug 🐛'] : [],
      state: done ? 'closed' : 'open',
      stateReason: done ? (c % 7 === 0 ? 'not_planned' : 'completed') : null,
      createdAt: '2026-01-11T08:00:00Z',
      updatedAt: '2026-01-12T08:00:00Z',
    });
  });
  seeded.issues.push(...children);
  // Half the epics list their issues in a checklist, the other half use GitHub's sub-issues.
  if (n % 2 === 0) fake.editIssue(epic, { body: epicBody(children) });
  else for (const child of children) fake.addSubIssue(epic, child);
  return epic;
}

function addElement(
  fake: FakeGitHub,
  home: string,
  n: number,
  i: number,
  epics: FakeIssue[],
  seeded: SeededGithub,
  products: string[],
): FakeIssue {
  const previous = seeded.elements[n - 1];
  const labels = [
    n % 11 === 10 ? 'product/ukjent-produkt' : `product/${products[i % products.length]}`,
    ...(n % 3 === 0 ? ['program/datadeling'] : []),
    ...(n % 4 === 0 ? ['org/skatteetaten'] : []),
    ...(n % 6 === 0 ? ['Prioritet=Nå'] : []),
  ];
  const element = fake.addIssue(home, 'roadmap', {
    title: `Veikartelement ${n + 1}`,
    body: roadmapBody(n, i, epics, previous && n % 5 !== 0 ? previous : null),
    labels,
    createdAt: '2026-02-01T08:00:00Z',
    updatedAt: '2026-02-01T08:00:00Z',
  });
  fake.addProjectItem(home, ROADMAP_PROJECT, element);
  const set = (field: string, value: string | number | null) =>
    fake.setItemField(home, ROADMAP_PROJECT, element, field, value);
  set('Status', STATUSES[n % STATUSES.length]!);
  if (n % 4 !== 3) set('Start', `2026-0${1 + (n % 6)}-01`);
  if (n % 4 !== 2) set('Sluttdato', `2026-${String(7 + (n % 6)).padStart(2, '0')}-28`);
  set('Progresjon (%)', (n * 7) % 100);
  set('Estimerte ukesverk', n % 2 ? `${n % 9},5` : String(n % 12));
  if (n % 5 === 1) set('Milestone', `Q${1 + (n % 4)} 2026`);
  return element;
}

/**
 * Seeds on one fake again and again, each time under a new namespace: tests of one file share the fake
 * and need portfolios that do not collide.
 */
export function namespacedSeeder(
  prefix: string,
  size: FakePortfolioSize,
): (fake: FakeGitHub) => SeededGithub {
  let seeds = 0;
  return (fake) => seedFakePortfolio(fake, { ...size, namespace: `${prefix}${(seeds += 1)}-` });
}
