import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { TraceNode } from '../src/contracts/thread';
import type { OpenOptions } from './support/browser-app';
import { useBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { DEMO_ORG } from './support/demo-database';
import { screenshotAtBothSizes, seriousAxeViolations } from './support/page-checks';
import type { TestServer } from './support/test-server';
import { descendants, tracedInitiatives } from './support/thread-data';

/** Axe and two full-page screenshots of a large page take a while on a busy machine. */
const SLOW_MS = 90_000;

/** What the pages are opened on, read from the demo portfolio through the API (its names may change). */
interface Demo {
  initiative: { key: string; title: string };
  element: { id: string; title: string };
  team: { id: string; name: string };
  group: { id: string; name: string };
  person: { id: string; name: string };
  searchWord: string;
  orgName: string;
}

/** One page of the app: where it is, its h1, and what shows its content has loaded. */
interface PageVisit {
  name: string;
  path: (demo: Demo) => string;
  heading: (demo: Demo) => string;
  /** A selector that matches only once the page's main content is there (not its loading state). */
  content: string;
  options?: OpenOptions;
  /** Makes the page show something (the public roadmap is off in the demo); answers how to undo it. */
  prepare?: (server: TestServer) => Promise<() => Promise<void>>;
}

const initiativePath = (demo: Demo, tab = '') =>
  `/initiativ/${encodeURIComponent(demo.initiative.key)}${tab ? `?fane=${tab}` : ''}`;

const fixed = (heading: string) => () => heading;

/** Switches the demo's public roadmap on with its public fields, and answers how to put it back. */
async function publishRoadmap(server: TestServer): Promise<() => Promise<void>> {
  const before = await server.api.getOrganisation();
  if (before.publicRoadmap.enabled) return async () => {};
  await server.api.updateOrganisation({
    publicRoadmap: {
      enabled: true,
      initiativeFields: ['phase', 'description', 'progress'],
      elementFields: ['status', 'startOn', 'endOn', 'overview'],
    },
  });
  return async () => {
    await server.api.updateOrganisation({ publicRoadmap: before.publicRoadmap });
  };
}

const PAGES: PageVisit[] = [
  { name: 'board', path: () => '/', heading: fixed('Portefølje'), content: '.initiative-card' },
  {
    name: 'table',
    path: () => '/?visning=tabell',
    heading: fixed('Portefølje'),
    content: '.portfolio-table tbody tr',
  },
  { name: 'proposal', path: () => '/foresla', heading: fixed('Foreslå sak'), content: 'main form' },
  {
    name: 'initiative',
    path: (demo) => initiativePath(demo),
    heading: (demo) => demo.initiative.title,
    content: '.timeline__event',
  },
  {
    name: 'initiative-thread',
    path: (demo) => initiativePath(demo, 'rod-trad'),
    heading: (demo) => demo.initiative.title,
    content: '.trace .trace__node',
  },
  {
    name: 'initiative-status',
    path: (demo) => initiativePath(demo, 'status'),
    heading: (demo) => demo.initiative.title,
    content: '.status-updates',
  },
  { name: 'roadmap', path: () => '/veikart', heading: fixed('Veikart'), content: '[data-bar]' },
  {
    name: 'roadmap-element',
    path: (demo) => `/veikart/${demo.element.id}`,
    heading: (demo) => demo.element.title,
    content: '.element-issue',
  },
  {
    name: 'organisation',
    path: () => '/organisasjon',
    heading: fixed('Organisasjon'),
    content: '.org-card[data-product-group]',
  },
  {
    name: 'organisation-teams',
    path: () => '/organisasjon?vis=team',
    heading: fixed('Organisasjon'),
    content: 'tr[data-team]',
  },
  {
    name: 'organisation-working-groups',
    path: () => '/organisasjon?vis=arbeidsgrupper',
    heading: fixed('Organisasjon'),
    content: '.org-card[data-working-group]',
  },
  {
    name: 'organisation-people',
    path: () => '/organisasjon?vis=personer',
    heading: fixed('Organisasjon'),
    content: '.org-table tbody tr',
  },
  {
    name: 'team',
    path: (demo) => `/organisasjon/team/${demo.team.id}`,
    heading: (demo) => demo.team.name,
    content: '.team-load tbody tr',
  },
  {
    name: 'product-group',
    path: (demo) => `/organisasjon/produktgruppe/${demo.group.id}`,
    heading: (demo) => demo.group.name,
    content: '.initiative-lines tbody tr',
  },
  {
    name: 'person',
    path: (demo) => `/organisasjon/person/${demo.person.id}`,
    heading: (demo) => demo.person.name,
    content: '.entity-columns',
  },
  {
    name: 'strategy',
    path: () => '/strategi',
    heading: fixed('Strategisk dekning'),
    content: '.coverage-item',
  },
  {
    name: 'agenda',
    path: () => '/agenda',
    heading: fixed('Agenda for porteføljekontoret'),
    content: '[data-section="decisions"]',
  },
  {
    name: 'search',
    path: (demo) => `/sok?q=${encodeURIComponent(demo.searchWord)}`,
    heading: fixed('Søk'),
    content: '.search-hit',
  },
  { name: 'checks', path: () => '/sjekker', heading: fixed('Porteføljesjekker'), content: '.check' },
  {
    name: 'api-tokens',
    path: () => '/api-nokler',
    heading: fixed('Mine API-nøkler'),
    content: '.tokens-form',
  },
  {
    name: 'administration',
    path: () => '/administrasjon',
    heading: fixed('Administrasjon'),
    content: '.admin-section',
  },
  {
    name: 'github-sync',
    path: () => '/administrasjon/github',
    heading: fixed('GitHub-synkronisering'),
    content: '.github-connection',
  },
  {
    name: 'sign-in',
    path: () => '/logg-inn',
    heading: fixed('Logg inn'),
    content: '.sign-in__local, .sign-in__providers',
    options: { as: 'signed-out' },
  },
  {
    name: 'public-roadmap',
    path: () => `/offentlig/${DEMO_ORG}`,
    heading: (demo) => `Veikart for ${demo.orgName}`,
    content: '.public-initiative',
    options: { as: 'signed-out' },
    prepare: publishRoadmap,
  },
  {
    name: 'not-found',
    path: () => '/finnes-ikke/her',
    heading: fixed('Fant ikke siden'),
    content: 'main a[href="/portefolje"]',
  },
];

/** The longest word of the title, which the search is sure to find. */
const longestWord = (title: string) =>
  title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? title;

/** The richest things of the demo to look at: the most traced initiative, the busiest team and group. */
async function readDemo(server: TestServer): Promise<Demo> {
  const { api } = server;
  const [traced, teams, groups, people, organisation] = await Promise.all([
    tracedInitiatives(server),
    api.teams.listAll(),
    api.productGroups.listAll(),
    api.people.listAll(),
    api.getOrganisation(),
  ]);
  const richest = traced[0];
  const element = richest?.trace.down.find((node: TraceNode) =>
    descendants(node.children).some((child) => child.type === 'issue'),
  );
  const team = [...teams].sort((a, b) => b.members.length - a.members.length)[0];
  const teamsOf = (id: string) => teams.filter((t) => t.productGroupIds.includes(id)).length;
  const group = [...groups].sort((a, b) => teamsOf(b.id) - teamsOf(a.id))[0];
  const person = people.find((p) => p.id === team?.members[0]?.personId);
  if (!richest || !element || !team || !group || !person) {
    throw new Error('the demo lacks a traced initiative, an element with issues, a team or a person');
  }
  const { initiative } = richest;
  return {
    initiative: { key: initiative.key, title: initiative.title },
    element: { id: element.id, title: element.title },
    team: { id: team.id, name: team.name },
    group: { id: group.id, name: group.name },
    person: { id: person.id, name: person.name },
    searchWord: longestWord(initiative.title),
    orgName: organisation.name,
  };
}

/** Waits for the page's h1 and its content, and for every loading indicator on it to be gone. */
async function waitForPage(page: Page, visit: PageVisit, demo: Demo): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).first().innerText())
    .toBe(visit.heading(demo));
  await page.locator(visit.content).first().waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
}

describeInBrowser('every page', () => {
  const app = useBrowserApp();
  let demo: Demo | undefined;
  const demoData = async () => (demo ??= await readDemo(app.server()));

  it.each(PAGES.map((visit) => [visit.name, visit] as const))(
    '%s has no serious axe violation and fits a laptop and a phone',
    async (name, visit) => {
      const data = await demoData();
      const undo = await visit.prepare?.(app.server());
      try {
        const page = await app.open(visit.path(data), visit.options);
        await waitForPage(page, visit, data);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(await screenshotAtBothSizes(page, `page-${name}`)).toEqual([]);
      } finally {
        await undo?.();
      }
    },
    SLOW_MS,
  );
});
