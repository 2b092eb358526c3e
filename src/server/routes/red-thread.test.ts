import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { json, useTestApi } from '../testing/test-app';
import { redThreadFixture } from './red-thread-fixture';

describeEachDatabase('red thread roll-up over the API', (use) => {
  const api = useTestApi(use);
  const t = redThreadFixture(api);

  /** Initiative ← element ← epic with ten issues: three done, two not planned, five open. */
  async function thread() {
    await t.start();
    const initiative = await t.initiative();
    const element = await t.element({
      title: 'Nytt API for folkeregisteret',
      initiativeIds: [initiative.id],
    });
    const epic = await t.epic({ title: 'Oppslag på fødselsnummer', roadmapElementIds: [element.id] });
    const issues = [];
    for (let n = 0; n < 10; n++) issues.push(await t.issue(epic.id, { title: `Oppgave ${n}` }));
    for (const issue of issues.slice(0, 3)) await t.setState(issue.id, 'closed', 'completed');
    for (const issue of issues.slice(3, 5)) await t.setState(issue.id, 'closed', 'not-planned');
    return { initiative, element, epic, issues };
  }

  it('rolls issue progress up to the initiative before the write returns; not planned leaves the denominator', async () => {
    const { initiative, element, issues } = await thread();
    expect((await t.readInitiative(initiative.id)).progress).toBeCloseTo(3 / 8);
    expect((await t.readElement(element.id)).progress).toBeCloseTo(3 / 8);

    const close = await t.setState(issues[5]!.id, 'closed', 'completed');
    expect(close.statusCode).toBe(200);
    expect((await t.readInitiative(initiative.id)).progress).toBeCloseTo(4 / 8);

    await t.setState(issues[0]!.id, 'open', 'reopened');
    expect((await t.readInitiative(initiative.id)).progress).toBeCloseTo(3 / 8);
  });

  it('sets the element to Levert and the initiative ready for Utført when every epic is delivered, and reverses it on reopen', async () => {
    const { initiative, element, epic, issues } = await thread();
    expect((await t.readInitiative(initiative.id)).readyForDone).toBe(false);
    await t.setState(epic.id, 'closed', 'completed');
    // Closed with issues still open is not delivered.
    expect((await t.readElement(element.id)).rollup.delivered).toBe(false);

    for (const issue of issues.slice(5)) await t.setState(issue.id, 'closed', 'completed');
    const delivered = await t.readElement(element.id);
    expect(delivered.status).toBe('delivered');
    expect(delivered.rollup.delivered).toBe(true);
    expect((await t.readInitiative(initiative.id)).readyForDone).toBe(true);
    const summary = json<{ items: { id: string; readyForDone: boolean; progress: number }[] }>(
      await t.get('/initiatives'),
    ).items.find((i) => i.id === initiative.id);
    expect(summary?.readyForDone).toBe(true);
    expect(summary?.progress).toBe(1);

    // A reopened issue alone reverses the flags.
    await t.setState(issues[9]!.id, 'open', 'reopened');
    const reopened = await t.readElement(element.id);
    expect(reopened.status).toBe('in-progress');
    expect((await t.readInitiative(initiative.id)).readyForDone).toBe(false);
    await t.setState(issues[9]!.id, 'closed', 'completed');
    expect((await t.readElement(element.id)).status).toBe('delivered');
    // So does a reopened epic.
    await t.setState(epic.id, 'open', 'reopened');
    expect((await t.readElement(element.id)).status).toBe('in-progress');
  });

  it('only proposes Levert when the organisation says so, and a Levert set by hand stays', async () => {
    const { element, epic, issues } = await thread();
    for (const issue of issues.slice(5)) await t.setState(issue.id, 'closed', 'completed');
    await t.patch(`/roadmap/elements/${element.id}`, { status: 'backlog' });
    const org = await api.request({
      method: 'PATCH',
      url: t.url(''),
      payload: { elementDelivery: 'propose' },
    });
    expect(org.statusCode).toBe(200);
    await t.setState(epic.id, 'closed', 'completed');
    const proposed = await t.readElement(element.id);
    expect(proposed.status).toBe('backlog');
    expect(proposed.proposedStatus).toBe('delivered');

    await t.patch(`/roadmap/elements/${element.id}`, { status: 'delivered' });
    await t.setState(epic.id, 'open', 'reopened');
    const byHand = await t.readElement(element.id);
    expect(byHand.status).toBe('delivered');
    expect(byHand.proposedStatus).toBe('in-progress');
  });

  it('derives health from schedule, and a person overrides it only with a written status update', async () => {
    await t.start();
    const initiative = await t.initiative();
    const element = await t.element({
      title: 'Forsinket leveranse',
      initiativeIds: [initiative.id],
      startOn: '2020-01-01',
      endOn: '2020-06-30',
    });
    await t.epic({ title: 'Arbeid', roadmapElementIds: [element.id] });
    const late = await t.readElement(element.id);
    expect(late.health).toBe('red');
    expect(late.rollup.healthReasons.map((r) => r.code)).toContain('overdue');
    expect((await t.readInitiative(initiative.id)).health).toBe('red');

    const silent = await t.post(`/initiatives/${initiative.id}/status-updates`, { health: 'green' });
    expect(silent.statusCode).toBe(422);
    expect(json(silent).code).toBe('status-update-required');
    expect((await t.readInitiative(initiative.id)).health).toBe('red');

    const written = await t.post(`/initiatives/${initiative.id}/status-updates`, {
      text: 'Ny sluttdato avtalt med styringsgruppen.',
      health: 'green',
      progress: 40,
    });
    expect(written.statusCode).toBe(201);
    const overridden = await t.readInitiative(initiative.id);
    expect(overridden.health).toBe('green');
    expect(overridden.progress).toBeCloseTo(0.4);
    expect((overridden.rollup as { computedHealth: string }).computedHealth).toBe('red');
    const updates = json<{ items: { text: string }[] }>(
      await t.get(`/initiatives/${initiative.id}/status-updates`),
    );
    expect(updates.items.map((u) => u.text)).toEqual(['Ny sluttdato avtalt med styringsgruppen.']);
  });

  it('turns an initiative red when one it depends on is parked, and back when that resumes', async () => {
    await t.start();
    const blocker = await t.initiative('Felles datakatalog');
    const dependent = json<{ id: string }>(
      await t.post('/initiatives', { title: 'Deling av datasett', dependsOnIds: [blocker.id] }),
    );
    expect((await t.readInitiative(dependent.id)).health).toBeNull();
    const decide = async (outcome: string) => {
      const { version } = json<{ version: number }>(await t.get(`/initiatives/${blocker.id}`));
      const res = await api.request({
        method: 'POST',
        url: t.url(`/initiatives/${blocker.id}/transitions`),
        headers: { 'if-match': `"v${version}"` },
        payload: { outcome, rationale: 'Besluttet i porteføljemøtet' },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await decide('parked');
    const blocked = await t.readInitiative(dependent.id);
    expect(blocked.health).toBe('red');
    expect(
      (blocked.rollup as { healthReasons: { code: string }[] }).healthReasons.map((r) => r.code),
    ).toEqual(['blocked']);
  });
});
