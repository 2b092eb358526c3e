import { beforeAll, expect, it } from 'vitest';
import type { BacklogItem } from '../contracts/backlog';
import { CHECK_IDS } from '../contracts/checks';
import type { InitiativeDetail } from '../contracts/initiatives';
import type { RoadmapElement } from '../contracts/roadmap';
import { HEALTH_REASON_CODES } from '../contracts/rollup';
import { SOURCE_KINDS } from '../contracts/strategy';
import { DEFAULT_PHASE_IDS } from '../contracts/workflow';
import { getHistory } from '../services/audit/get-history';
import { backlogItemsUseCases } from '../services/backlog/backlog-items';
import { runPortfolioChecks } from '../services/checks/run-portfolio-checks';
import { getInitiative } from '../services/initiatives/get-initiative';
import { listInitiatives } from '../services/initiatives/list-initiatives';
import { listOrganisations } from '../services/organisation/organisations';
import { peopleUseCases } from '../services/organisation/people';
import { productGroupsUseCases } from '../services/organisation/product-groups';
import { teamsUseCases } from '../services/organisation/teams';
import { workingGroupsUseCases } from '../services/organisation/working-groups';
import { roadmapElementsUseCases } from '../services/roadmap/roadmap-elements';
import type { ServiceContext } from '../services/shared/context';
import { sourcesUseCases } from '../services/strategy/sources';
import { getPortfolioRollup } from '../services/thread/portfolio-rollup';
import { PortfolioRollupSchema } from '../contracts/thread';
import { listStatusUpdates } from '../services/thread/post-status-update';
import { describeEachDatabase } from '../store/testing/test-database';
import { DEMO_TODAY } from './content/thread-builders';
import { loadDemoPortfolio } from './load-demo-portfolio';

const ALL = { limit: 200 };

/** Every page of a list use case. */
async function everything<T>(
  list: (page: { limit: number; cursor?: string }) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: 200, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

const setByRollup = (status: string) => (e: { after: unknown }) =>
  (e.after as { setBy?: string; status?: string } | null)?.setBy === 'roll-up' &&
  (e.after as { status?: string }).status === status;

describeEachDatabase('loadDemoPortfolio', (use) => {
  let ctx: ServiceContext;
  let initiatives: InitiativeDetail[];
  let elements: RoadmapElement[];
  let epics: BacklogItem[];
  let issues: BacklogItem[];
  const byNumber = (n: number): RoadmapElement => {
    const element = elements.find((e) => e.github?.number === n);
    if (!element) throw new Error(`no roadmap element demoetaten/veikart#${n}`);
    return element;
  };

  beforeAll(async () => {
    // Loaded as of the day the content is written for, so what is overdue or stale stays so.
    const result = await loadDemoPortfolio(use(), { actor: 'demo-test', today: DEMO_TODAY });
    expect(result.created).toBe(true);
    ctx = { database: use(), orgId: result.orgId, actor: 'demo-test', today: DEMO_TODAY };
    const page = await listInitiatives(ctx, { ...ALL, sort: 'key', order: 'asc' });
    initiatives = [];
    for (const summary of page.items) initiatives.push(await getInitiative(ctx, summary.id));
    elements = await everything((p) => roadmapElementsUseCases.list(ctx, p));
    const items = await everything((p) => backlogItemsUseCases.list(ctx, p));
    epics = items.filter((i) => i.kind === 'epic');
    issues = items.filter((i) => i.kind === 'issue');
  }, 300_000);

  it('creates the organisation Demoetaten under the slug demo', async () => {
    const org = (await listOrganisations(use())).find((o) => o.slug === 'demo');
    expect(org).toMatchObject({ id: ctx.orgId, name: 'Demoetaten' });
  });

  it('has six product groups with leaders, about twenty teams, two working groups and people with roles', async () => {
    const groups = (await productGroupsUseCases.list(ctx, ALL)).items;
    expect(groups).toHaveLength(6);
    expect(groups.every((g) => g.leaderId !== null)).toBe(true);

    const teams = (await teamsUseCases.list(ctx, ALL)).items;
    expect(teams.length).toBeGreaterThanOrEqual(18);
    expect(teams.every((t) => t.productGroupIds.length > 0 && t.members.length > 0)).toBe(true);
    expect(teams.every((t) => t.backlogs[0]?.ref === `demoetaten/${t.slug}-backlog`)).toBe(true);

    expect((await workingGroupsUseCases.list(ctx, ALL)).items).toHaveLength(2);

    const people = (await peopleUseCases.list(ctx, ALL)).items;
    expect(people.length).toBeGreaterThanOrEqual(35);
    expect(people.filter((p) => p.roles.includes('portfolio-manager'))).toHaveLength(1);
    expect(people.filter((p) => p.roles.includes('product-group-leader'))).toHaveLength(6);
  });

  it('has a strategic source of every kind', async () => {
    const kinds = new Set((await sourcesUseCases.list(ctx, ALL)).items.map((s) => s.kind));
    expect([...kinds].sort()).toEqual([...SOURCE_KINDS].sort());
  });

  it('has 40+ initiatives in every phase, active, parked and stopped, with keys from 2025 and 2026', () => {
    expect(initiatives.length).toBeGreaterThanOrEqual(40);
    expect(new Set(initiatives.map((i) => i.phase))).toEqual(new Set(DEFAULT_PHASE_IDS));
    expect(new Set(initiatives.map((i) => i.status))).toEqual(new Set(['active', 'parked', 'stopped']));
    expect(new Set(initiatives.map((i) => i.key.slice(-4)))).toEqual(new Set(['2025', '2026']));
  });

  it('records real decisions of every kind, dated and in order', () => {
    const decisions = initiatives.flatMap((i) => i.decisions);
    expect(decisions.length).toBeGreaterThanOrEqual(100);
    expect(new Set(decisions.map((d) => d.outcome))).toEqual(
      new Set(['approved', 'approved-with-conditions', 'sent-back', 'parked', 'resumed', 'stopped']),
    );
    for (const initiative of initiatives) {
      const last = initiative.decisions.at(-1);
      if (last) expect([last.toPhase, last.toStatus]).toEqual([initiative.phase, initiative.status]);
      const dates = initiative.decisions.map((d) => d.decidedOn);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('keeps a history of every change, made by the invented people', async () => {
    const done = initiatives.find((i) => i.phase === 'utfort');
    if (!done) throw new Error('no initiative is done');
    const history = await getHistory(ctx, done.id);
    const actions = history.map((e) => e.action);
    expect(actions[0]).toBe('created');
    expect(actions.filter((a) => a === 'transitioned')).toHaveLength(5);
    expect(actions).toContain('updated');
    expect(new Set(history.map((e) => e.actor)).size).toBeGreaterThan(1);
  });

  it('links initiatives to strategy, allocates the later ones and has a dependency on a stopped initiative', () => {
    const later = initiatives.filter((i) => ['implementering', 'utfort'].includes(i.phase));
    expect(later.every((i) => i.strategicItemIds.length > 0 && i.allocation !== null)).toBe(true);
    expect(new Set(later.map((i) => i.allocation?.kind))).toEqual(
      new Set(['teams', 'product-group', 'working-group']),
    );
    const stopped = new Set(initiatives.filter((i) => i.status === 'stopped').map((i) => i.id));
    expect(initiatives.some((i) => i.dependsOnIds.some((id) => stopped.has(id)))).toBe(true);
  });

  it('leaves some gates visibly failing and some ready', () => {
    const active = initiatives.filter((i) => i.status === 'active' && i.phase !== 'utfort');
    expect(active.some((i) => i.gate.ready)).toBe(true);
    const unmetPriority = initiatives.filter(
      (i) => i.phase === 'problem' && i.gate.criteria.some((c) => c.id === 'moscow-priority' && !c.met),
    );
    expect(unmetPriority.length).toBeGreaterThan(0);
  });

  it('grows the red thread under the initiatives: roadmap elements, epics and issues from GitHub', () => {
    expect(elements.length).toBeGreaterThanOrEqual(20);
    expect(elements.length).toBeLessThanOrEqual(30);
    expect(epics.length).toBeGreaterThanOrEqual(50);
    expect(epics.length).toBeLessThanOrEqual(70);
    expect(issues.length).toBeGreaterThanOrEqual(300);
    expect(issues.length).toBeLessThanOrEqual(500);

    expect(elements.every((e) => e.initiativeIds.length > 0 && e.productId !== null)).toBe(true);
    expect(elements.every((e) => e.github?.owner === 'demoetaten' && e.github.repo === 'veikart')).toBe(true);
    const epicIds = new Set(epics.map((e) => e.id));
    expect(issues.every((i) => i.parentId !== null && epicIds.has(i.parentId))).toBe(true);
    expect(issues.every((i) => i.github?.repo.endsWith('-backlog') && i.activityAt !== null)).toBe(true);
    expect(new Set(issues.map((i) => `${i.state}/${i.stateReason}`))).toEqual(
      new Set(['closed/completed', 'closed/not-planned', 'open/null', 'open/reopened']),
    );
    const refs = [...elements, ...epics, ...issues].map((i) => `${i.github?.repo}#${i.github?.number}`);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('rolls the thread up to every initiative and stores it', async () => {
    expect(epics.every((e) => e.rollup?.computedAt)).toBe(true);
    expect(elements.every((e) => e.rollup.computedAt)).toBe(true);
    const rows = PortfolioRollupSchema.parse({ items: await getPortfolioRollup(ctx) }).items;
    expect(rows).toHaveLength(initiatives.length);
    const served = new Set(elements.flatMap((e) => e.initiativeIds));
    expect(rows.filter((r) => served.has(r.id)).every((r) => r.progress !== null)).toBe(true);
    // Work under way: initiatives in Implementering with some elements delivered and some not.
    const partly = initiatives.filter(
      (i) => i.phase === 'implementering' && i.progress !== null && i.progress > 0 && i.progress < 1,
    );
    expect(partly.length).toBeGreaterThanOrEqual(4);
  });

  it('shows the delivery rule: Levert set by the roll-up, an initiative ready for Utført, a reopened issue taking it back', async () => {
    const ready = initiatives.filter((i) => i.phase === 'implementering' && i.readyForDone);
    expect(ready.map((i) => i.key)).toEqual(['Sak 20-2025']);
    expect(initiatives.filter((i) => i.phase === 'utfort').every((i) => i.readyForDone)).toBe(true);

    const autoDelivered = byNumber(98);
    expect([autoDelivered.status, autoDelivered.state]).toEqual(['delivered', 'open']);
    expect((await getHistory(ctx, autoDelivered.id)).some(setByRollup('delivered'))).toBe(true);

    const reopened = byNumber(100);
    expect(reopened.status).toBe('in-progress');
    expect(reopened.rollup.delivered).toBe(false);
    const history = await getHistory(ctx, reopened.id);
    expect(history.findIndex(setByRollup('in-progress'))).toBeGreaterThan(
      history.findIndex(setByRollup('delivered')),
    );
    const under = new Set(reopened.epicIds);
    expect(issues.some((i) => i.parentId && under.has(i.parentId) && i.stateReason === 'reopened')).toBe(
      true,
    );
  });

  it('derives health from schedule slip, overdue ends, staleness and blocked dependencies', () => {
    const codes = new Set(elements.flatMap((e) => e.rollup.healthReasons.map((r) => r.code)));
    expect([...codes].sort()).toEqual([...HEALTH_REASON_CODES].sort());
    expect(byNumber(102).rollup.healthReasons.map((r) => r.code)).toContain('overdue');
    expect(byNumber(111).rollup.healthReasons.map((r) => r.code)).toEqual(['stale']);
    // Depends on an element closed as not planned: it will never arrive.
    expect(byNumber(108).stateReason).toBe('not-planned');
    expect(byNumber(109).rollup.healthReasons[0]).toMatchObject({ code: 'blocked', health: 'red' });
  });

  it('carries written status updates, some overriding the derived health or progress', async () => {
    const withHealth = initiatives.filter((i) => i.healthOverride !== null);
    expect(withHealth.length).toBeGreaterThanOrEqual(2);
    const typed = initiatives.find((i) => i.progressOverride !== null);
    if (!typed) throw new Error('no initiative has a hand-typed progress');
    expect(Math.abs((typed.progressOverride ?? 0) - (typed.rollup.progress ?? 0) * 100)).toBeGreaterThan(20);
    const updates = await listStatusUpdates(ctx, { initiativeId: typed.id });
    expect(updates[0]?.text).toMatch(/\w/);
    expect(updates[0]?.createdBy).not.toBe('demo-test');
  });

  it('leaves broken threads for every portfolio check to find', async () => {
    const report = await runPortfolioChecks(ctx);
    const found = Object.fromEntries(report.results.map((r) => [r.id, r.items.map((i) => i.ref)]));
    for (const id of CHECK_IDS) expect(found[id], id).not.toHaveLength(0);
    expect(found['implementation-without-roadmap']).toEqual(['Sak 14-2025']);
    expect(found['progress-disagrees']).toEqual(['Sak 10-2025']);
    expect(found['dependency-on-inactive']).toEqual(['Sak 15-2025', 'Sak 6-2026']);
    expect(found['team-over-capacity']).toEqual(['team-register']);
  });

  it('does nothing when the organisation already exists', async () => {
    const again = await loadDemoPortfolio(use());
    expect(again).toEqual({ orgId: ctx.orgId, created: false });
    const page = await listInitiatives(ctx, { ...ALL, sort: 'key', order: 'asc' });
    expect(page.items).toHaveLength(initiatives.length);
    expect((await productGroupsUseCases.list(ctx, ALL)).items).toHaveLength(6);
  });
});
