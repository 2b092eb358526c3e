import { beforeAll, expect, it } from 'vitest';
import type { InitiativeDetail } from '../contracts/initiatives';
import { SOURCE_KINDS } from '../contracts/strategy';
import { DEFAULT_PHASE_IDS } from '../contracts/workflow';
import { getHistory } from '../services/audit/get-history';
import { getInitiative } from '../services/initiatives/get-initiative';
import { listInitiatives } from '../services/initiatives/list-initiatives';
import { listOrganisations } from '../services/organisation/organisations';
import { peopleUseCases } from '../services/organisation/people';
import { productGroupsUseCases } from '../services/organisation/product-groups';
import { teamsUseCases } from '../services/organisation/teams';
import { workingGroupsUseCases } from '../services/organisation/working-groups';
import type { ServiceContext } from '../services/shared/context';
import { sourcesUseCases } from '../services/strategy/sources';
import { describeEachDatabase } from '../store/testing/test-database';
import { loadDemoPortfolio } from './load-demo-portfolio';

const ALL = { limit: 200 };

describeEachDatabase('loadDemoPortfolio', (use) => {
  let ctx: ServiceContext;
  let initiatives: InitiativeDetail[];

  beforeAll(async () => {
    const result = await loadDemoPortfolio(use(), { actor: 'demo-test' });
    expect(result.created).toBe(true);
    ctx = { database: use(), orgId: result.orgId, actor: 'demo-test' };
    const page = await listInitiatives(ctx, { ...ALL, sort: 'key', order: 'asc' });
    initiatives = [];
    for (const summary of page.items) initiatives.push(await getInitiative(ctx, summary.id));
  }, 180_000);

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

  it('does nothing when the organisation already exists', async () => {
    const again = await loadDemoPortfolio(use());
    expect(again).toEqual({ orgId: ctx.orgId, created: false });
    const page = await listInitiatives(ctx, { ...ALL, sort: 'key', order: 'asc' });
    expect(page.items).toHaveLength(initiatives.length);
    expect((await productGroupsUseCases.list(ctx, ALL)).items).toHaveLength(6);
  });
});
