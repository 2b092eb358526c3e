import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { testRequest } from './test-request';

type Issue = {
  number: number;
  url: string;
  parent_issue_url: string | null;
  sub_issues_summary: { total: number; completed: number; percent_completed: number };
};

describe('fake GitHub sub-issues', () => {
  let fake: FakeGitHub;

  beforeEach(async () => {
    fake = await FakeGitHub.start();
    fake.addRepo('acme', 'roadmap');
    fake.addRepo('other-org', 'team');
  });

  afterEach(async () => {
    expect(fake.restViolations).toEqual([]);
    expect(fake.webhookViolations).toEqual([]);
    await fake.close();
  });

  it('keeps parent_issue_url and sub_issues_summary right, across repositories and organisations', async () => {
    const parent = fake.addIssue('acme', 'roadmap', { title: 'Element', type: 'Epic' });
    const first = fake.addIssue('other-org', 'team', { title: 'Task one' });
    const second = fake.addIssue('other-org', 'team', { title: 'Task two' });
    fake.addSubIssue(parent, first);
    fake.addSubIssue(parent, second);
    fake.closeIssue(first);

    const parentAnswer = (await testRequest(fake, 'GET', '/repos/acme/roadmap/issues/1')).body as Issue;
    expect(parentAnswer.sub_issues_summary).toEqual({ total: 2, completed: 1, percent_completed: 50 });
    const child = (await testRequest(fake, 'GET', '/repos/other-org/team/issues/1')).body as Issue;
    expect(child.parent_issue_url).toBe(parentAnswer.url);

    const list = await testRequest(fake, 'GET', '/repos/acme/roadmap/issues/1/sub_issues');
    expect((list.body as Issue[]).map((issue) => issue.number)).toEqual([1, 2]);
    const up = await testRequest(fake, 'GET', '/repos/other-org/team/issues/2/parent');
    expect((up.body as Issue).number).toBe(1);

    fake.removeSubIssue(parent, second);
    const after = (await testRequest(fake, 'GET', '/repos/other-org/team/issues/2')).body as Issue;
    expect(after.parent_issue_url).toBeNull();
  });

  it('follows a transferred parent: the child points at the new address', async () => {
    const parent = fake.addIssue('acme', 'roadmap', { title: 'Parent' });
    const child = fake.addIssue('acme', 'roadmap', { title: 'Child' });
    fake.addSubIssue(parent, child);
    fake.addRepo('acme', 'archive');
    const moved = fake.transferIssue(parent, 'acme', 'archive');
    const answer = (await testRequest(fake, 'GET', '/repos/acme/roadmap/issues/2')).body as Issue;
    expect(answer.parent_issue_url).toBe(`${fake.baseUrl}/repos/acme/archive/issues/${moved.number}`);
  });

  it('adds and removes a sub-issue over REST by its id, refusing a second parent', async () => {
    const parent = fake.addIssue('acme', 'roadmap', { title: 'Parent' });
    const other = fake.addIssue('acme', 'roadmap', { title: 'Other parent' });
    const child = fake.addIssue('other-org', 'team', { title: 'Child' });
    fake.clearDeliveries();

    const added = await testRequest(fake, 'POST', `/repos/acme/roadmap/issues/${parent.number}/sub_issues`, {
      body: { sub_issue_id: child.id },
    });
    expect(added.status).toBe(201);
    expect((added.body as Issue).sub_issues_summary.total).toBe(1);
    expect(fake.deliveries().map((delivery) => delivery.action)).toEqual([
      'sub_issue_added',
      'parent_issue_added',
    ]);

    const twice = await testRequest(fake, 'POST', `/repos/acme/roadmap/issues/${other.number}/sub_issues`, {
      body: { sub_issue_id: child.id },
    });
    expect(twice.status).toBe(422);
    const replaced = await testRequest(
      fake,
      'POST',
      `/repos/acme/roadmap/issues/${other.number}/sub_issues`,
      {
        body: { sub_issue_id: child.id, replace_parent: true },
      },
    );
    expect(replaced.status).toBe(201);

    const removed = await testRequest(
      fake,
      'DELETE',
      `/repos/acme/roadmap/issues/${other.number}/sub_issue`,
      {
        body: { sub_issue_id: child.id },
      },
    );
    expect(removed.status).toBe(200);
    expect((removed.body as Issue).sub_issues_summary.total).toBe(0);
    expect(fake.stats.writes).toBe(3);
  });

  it('drops the link when the parent is deleted', async () => {
    const parent = fake.addIssue('acme', 'roadmap', { title: 'Parent' });
    const child = fake.addIssue('acme', 'roadmap', { title: 'Child' });
    fake.addSubIssue(parent, child);
    fake.deleteIssue(parent);
    const answer = (await testRequest(fake, 'GET', '/repos/acme/roadmap/issues/2')).body as Issue;
    expect(answer.parent_issue_url).toBeNull();
  });
});
