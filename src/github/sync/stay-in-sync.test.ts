import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import type { FakeGitHub, WebhookDelivery } from '../fake/fake-github';
import { mirrorState } from '../testing/mirror-state';
import { namespacedSeeder, type SeededGithub } from '../testing/seed-fake-portfolio';
import { useSyncHarness, type SyncHarness } from '../testing/sync-harness';

const SIZE = {
  initiatives: 3,
  elementsPerInitiative: 2,
  epicsPerElement: 2,
  issuesPerEpic: 3,
  initiativesPerTeam: 1,
};
const seedOn = namespacedSeeder('s', SIZE);

/** People at work on GitHub: closing, reopening, moving cards, editing checklists, transferring, deleting. */
function changeThings(fake: FakeGitHub, seeded: SeededGithub) {
  const [e0, e1] = seeded.epics;
  fake.closeIssue(seeded.issues[1]!);
  fake.closeIssue(seeded.issues[4]!, 'not_planned');
  fake.reopenIssue(seeded.issues[0]!);
  fake.editIssue(seeded.issues[2]!, { title: 'Nytt navn på oppgaven' });
  fake.setItemField(seeded.roadmap.owner, seeded.roadmap.project, seeded.elements[0]!, 'Status', 'Levert');
  fake.setItemField(
    seeded.roadmap.owner,
    seeded.roadmap.project,
    seeded.elements[1]!,
    'Estimerte ukesverk',
    '3,5',
  );
  fake.setItemField(
    seeded.portfolio.owner,
    seeded.portfolio.project,
    seeded.initiatives[0]!,
    'Fase',
    'Konsept',
  );
  fake.editIssue(seeded.initiatives[1]!, { title: 'Sak 2-2026: Nytt navn' });
  // The first epic lists its issues in a checklist: one line less moves that issue out of it.
  fake.editIssue(e0!, { body: `## Tasks\n- [ ] ${e0!.owner}/${e0!.repo}#${seeded.issues[0]!.number}\n` });
  // The second uses sub-issues: one is taken off.
  fake.removeSubIssue(e1!, seeded.issues[5]!);
  fake.deleteIssue(seeded.issues[6]!);
  const team = seeded.teams[1]!;
  const moved = fake.transferIssue(seeded.issues[7]!, team.owner, team.repo);
  fake.addSubIssue(e1!, moved);
  const fresh = fake.addIssue(team.owner, team.repo, { title: 'Ny oppgave', labels: ['🆕'] });
  fake.addSubIssue(e1!, fresh);
}

async function post(harness: SyncHarness, delivery: WebhookDelivery) {
  return harness.api.app().inject({
    method: 'POST',
    url: '/api/v1/github/webhook',
    headers: delivery.headers,
    payload: delivery.body,
  });
}

describeEachDatabase('staying in sync with GitHub', (use) => {
  const harness = useSyncHarness(use);

  it('after webhooks out of order, twice and some dropped, a reconcile equals a fresh import', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const kept = await harness.orgFor(seeded);
    expect((await harness.sync().run(kept.ctx, 'import')).status).toBe('succeeded');
    fake.clearDeliveries();

    changeThings(fake, seeded);
    const deliveries = fake.deliveries();
    expect(deliveries.length).toBeGreaterThan(10);
    // Newest first, every third twice, every fourth never.
    const sent = [...deliveries].reverse().filter((_, n) => n % 4 !== 3);
    for (const [n, delivery] of sent.entries()) {
      const answer = await post(harness, delivery);
      expect(answer.statusCode).toBe(202);
      if (n % 3 === 0) expect((await post(harness, delivery)).json()).toEqual({ outcome: 'duplicate' });
    }
    await harness.sync().idle();
    const reconciled = await harness.sync().run(kept.ctx, 'full-reconcile');
    expect(reconciled.report.errors).toEqual([]);

    const fresh = await harness.orgFor(seeded);
    expect((await harness.sync().run(fresh.ctx, 'import')).status).toBe('succeeded');
    expect(await mirrorState(use(), kept.ctx.orgId)).toEqual(await mirrorState(use(), fresh.ctx.orgId));
    expect(fake.restViolations).toEqual([]);
    expect(fake.graphqlViolations).toEqual([]);
  });

  it('webhooks alone bring a closed issue, a moved card and a deleted issue in', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    await harness.sync().run(org.ctx, 'import');
    fake.clearDeliveries();
    const before = await mirrorState(use(), org.ctx.orgId);

    fake.closeIssue(seeded.issues[1]!);
    fake.setItemField(seeded.roadmap.owner, seeded.roadmap.project, seeded.elements[0]!, 'Status', 'Levert');
    fake.deleteIssue(seeded.issues[2]!);
    for (const delivery of fake.deliveries()) expect((await post(harness, delivery)).statusCode).toBe(202);
    await harness.sync().idle();

    const after = await mirrorState(use(), org.ctx.orgId);
    const ref = (i: { owner: string; repo: string; number: number }) => `${i.owner}/${i.repo}#${i.number}`;
    expect(after.items.find((i) => i.ref === ref(seeded.issues[1]!))?.state).toBe('closed');
    expect(after.items.some((i) => i.ref === ref(seeded.issues[2]!))).toBe(false);
    expect(after.elements.find((e) => e.ref === ref(seeded.elements[0]!))?.status).toBe('delivered');
    expect(after.initiatives[0]!.progress).not.toEqual(before.initiatives[0]!.progress);
  });

  it('keeps an issue under the epic whose checklist names it when only the issue changes', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    await harness.sync().run(org.ctx, 'import');
    fake.clearDeliveries();
    // The first epic lists its issues in a checklist; closing one leaves the epic as it was.
    const listed = seeded.issues[1]!;
    fake.closeIssue(listed);
    for (const delivery of fake.deliveries()) expect((await post(harness, delivery)).statusCode).toBe(202);
    await harness.sync().idle();
    const ref = `${listed.owner}/${listed.repo}#${listed.number}`.toLowerCase();
    const epic = seeded.epics[0]!;
    const item = (await mirrorState(use(), org.ctx.orgId)).items.find((i) => i.ref === ref);
    expect(item).toMatchObject({
      state: 'closed',
      parent: `${epic.owner}/${epic.repo}#${epic.number}`.toLowerCase(),
    });
    // And a reconcile that lists the issue without its epic leaves it there too.
    fake.editIssue(listed, { title: 'Lukket, med nytt navn' });
    await harness.sync().run(org.ctx, 'reconcile');
    const again = (await mirrorState(use(), org.ctx.orgId)).items.find((i) => i.ref === ref);
    expect(again).toMatchObject({ title: 'Lukket, med nytt navn', parent: item?.parent });
  });
});
