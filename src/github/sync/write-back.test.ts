import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../store/testing/test-database';
import { roadmapElementsUseCases } from '../../services/roadmap/roadmap-elements';
import { bearer, createMember } from '../../server/testing/test-accounts';
import { testRequest } from '../fake/test-request';
import { toBoardItem } from './board-item';
import type { FakeGitHub, FakeIssue } from '../fake/fake-github';
import { mirrorState } from '../testing/mirror-state';
import { namespacedSeeder } from '../testing/seed-fake-portfolio';
import { TEST_GITHUB_TOKEN, useSyncHarness } from '../testing/sync-harness';

const SIZE = {
  initiatives: 2,
  elementsPerInitiative: 2,
  epicsPerElement: 2,
  issuesPerEpic: 2,
  initiativesPerTeam: 1,
};
const seedOn = namespacedSeeder('w', SIZE);

/** The board's values of an item, by field name, as GitHub answers them over REST. */
async function boardValues(fake: FakeGitHub, owner: string, project: number, issue: FakeIssue) {
  const fields = fake
    .project(owner, project)
    .fields.map((f) => f.id)
    .join(',');
  const answer = await testRequest(
    fake,
    'GET',
    `/orgs/${owner}/projectsV2/${project}/items?per_page=100&fields=${fields}`,
    {
      token: TEST_GITHUB_TOKEN,
    },
  );
  const items = (answer.body as unknown[]).flatMap((raw) => toBoardItem(raw) ?? []);
  return items.find((i) => i.issue.nodeId === issue.nodeId)!.values;
}

describeEachDatabase('writing back to GitHub', (use) => {
  const harness = useSyncHarness(use);

  it('writes the computed progress and Levert onto the board, and nothing when it is there already', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded, {
      roadmap: {
        owner: seeded.roadmap.owner,
        repo: seeded.roadmap.repo,
        project: seeded.roadmap.project,
        writeBack: true,
      },
    });
    const element = seeded.elements[0]!;
    // Every issue under the element's epics done: delivered.
    const epics = seeded.epics.slice(0, 2);
    for (const issue of seeded.issues.slice(0, 4)) fake.silently(() => fake.closeIssue(issue));
    for (const epic of epics) fake.silently(() => fake.closeIssue(epic));
    const run = await harness.sync().run(org.ctx, 'import');
    expect(run.report.errors).toEqual([]);

    const state = await mirrorState(use(), org.ctx.orgId);
    const ref = (i: FakeIssue) => `${i.owner}/${i.repo}#${i.number}`;
    const computed = state.elements.map((e) => [e.ref, Math.round(Number(e.progress) * 100)]);
    for (const issue of seeded.elements) {
      const percent = computed.find(([r]) => r === ref(issue))?.[1];
      expect(
        (await boardValues(fake, seeded.roadmap.owner, seeded.roadmap.project, issue))['Progresjon (%)'],
      ).toBe(percent);
    }
    expect((await boardValues(fake, seeded.roadmap.owner, seeded.roadmap.project, element)).Status).toBe(
      'Levert',
    );
    expect(run.report.writes).toBeGreaterThan(0);

    const again = await harness.sync().run(org.ctx, 'reconcile');
    expect(again.report.writes).toBe(0);
  });

  it('writes nothing to a board that did not opt in', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    const writes = fake.stats.writes;
    const run = await harness.sync().run(org.ctx, 'import');
    expect(run.report.writes).toBe(0);
    expect(fake.stats.writes).toBe(writes);
  });

  it('creates an epic for an element in a team repository, linked as a sub-issue and in Oppgaver, once', async () => {
    const fake = harness.fake();
    const seeded = seedOn(fake);
    const org = await harness.orgFor(seeded);
    await harness.sync().run(org.ctx, 'import');
    const [element] = await use().query<{ id: string }>(
      `SELECT id FROM roadmap_elements WHERE org_id = $1 AND github_number = $2`,
      [org.ctx.orgId, seeded.elements[0]!.number],
    );
    const team = seeded.teams[0]!;
    const request = {
      method: 'POST' as const,
      url: `/api/v1/orgs/${org.slug}/github/epics`,
      payload: {
        elementId: element!.id,
        owner: team.owner,
        repo: team.repo,
        title: 'Nytt epos fra Rødtråd',
        body: 'Laget i Rødtråd.',
      },
    };
    const first = await harness.api.request(request);
    expect(first.statusCode).toBe(201);
    const epic = first.json<{
      id: string;
      kind: string;
      github: { owner: string; repo: string; number: number };
    }>();
    expect(epic.kind).toBe('epic');
    const created = fake.getIssue({ ...epic.github, id: 0, nodeId: '' });
    expect(created).toMatchObject({
      title: 'Nytt epos fra Rødtråd',
      labels: [expect.objectContaining({ name: 'Epic' })],
    });
    const elementIssue = fake.getIssue(seeded.elements[0]!) as {
      body: string;
      sub_issues_summary: { total: number };
    };
    expect(elementIssue.body).toContain(`${team.owner}/${team.repo}#${epic.github.number}`);
    expect(elementIssue.sub_issues_summary.total).toBe(1);

    const second = await harness.api.request(request);
    expect(second.statusCode).toBe(201);
    expect(second.json<{ id: string }>().id).toBe(epic.id);
    const again = fake.getIssue(seeded.elements[0]!) as {
      body: string;
      sub_issues_summary: { total: number };
    };
    expect(again.body.split(`#${epic.github.number}`)).toHaveLength(2);
    expect(again.sub_issues_summary.total).toBe(1);
    const links = await use().query(
      `SELECT 1 FROM epic_roadmap_elements WHERE org_id = $1 AND epic_id = $2 AND element_id = $3`,
      [org.ctx.orgId, epic.id, element!.id],
    );
    expect(links).toHaveLength(1);
  });

  it('refuses a reader, an unknown element and an element that is not on GitHub', async () => {
    const fake = harness.fake();
    const org = await harness.orgFor(seedOn(fake));
    const url = `/api/v1/orgs/${org.slug}/github/epics`;
    const payload = { elementId: crypto.randomUUID(), owner: 'o', repo: 'r', title: 'x' };
    const reader = await createMember(use(), org.slug, 'reader');
    expect(
      (await harness.api.requestAs(bearer(reader.token), { method: 'POST', url, payload })).statusCode,
    ).toBe(403);
    expect((await harness.api.request({ method: 'POST', url, payload })).statusCode).toBe(404);
    const native = await roadmapElementsUseCases.create(org.ctx, { title: 'Laget i Rødtråd' });
    const refused = await harness.api.request({
      method: 'POST',
      url,
      payload: { ...payload, elementId: native.id },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'invalid-link' });
  });
});
