import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { testRequest } from './test-request';
import type { FakeIssue } from './fake-model';
import type { FakeProjectInfo } from './fake-github-data';

type Item = {
  id: number;
  content_type: string;
  content: { number: number; title: string };
  archived_at: string | null;
  fields: Array<{ id: number; name: string; data_type: string; value: unknown }>;
};

describe('fake GitHub Projects v2 over REST', () => {
  let fake: FakeGitHub;
  let project: FakeProjectInfo;
  let issues: FakeIssue[];

  const fieldId = (name: string): number => project.fields.find((field) => field.name === name)?.id ?? -1;

  beforeEach(async () => {
    fake = await FakeGitHub.start();
    fake.addRepo('acme', 'roadmap');
    project = fake.addProject('acme', {
      number: 7,
      title: 'Veikart',
      fields: [
        { name: 'Status', dataType: 'single_select', options: ['Ny', 'Pågår', 'Levert'] },
        { name: 'Start', dataType: 'date' },
        { name: 'Progresjon (%)', dataType: 'number' },
        { name: 'Milestone', dataType: 'text' },
      ],
    });
    issues = [1, 2, 3, 4, 5].map((n) => fake.addIssue('acme', 'roadmap', { title: `Element ${n}` }));
    for (const issue of issues) fake.addProjectItem('acme', 7, issue);
  });

  afterEach(async () => {
    expect(fake.restViolations).toEqual([]);
    expect(fake.webhookViolations).toEqual([]);
    await fake.close();
  });

  it('describes the project and its fields with option ids', async () => {
    const answer = await testRequest(fake, 'GET', '/orgs/acme/projectsV2/7');
    expect(answer.body).toMatchObject({ number: 7, title: 'Veikart', node_id: project.nodeId });
    const fields = await testRequest(fake, 'GET', '/orgs/acme/projectsV2/7/fields');
    const status = (
      fields.body as Array<{ name: string; options?: Array<{ id: string; name: { raw: string } }> }>
    ).find((field) => field.name === 'Status');
    expect(status?.options?.map((option) => option.name.raw)).toEqual(['Ny', 'Pågår', 'Levert']);
    expect((await testRequest(fake, 'GET', '/orgs/acme/projectsV2/8')).status).toBe(404);
  });

  it('lists items with the full issue and the field values asked for', async () => {
    const [first] = issues;
    if (!first) throw new Error('no issue');
    fake.setItemField('acme', 7, first, 'Status', 'Pågår');
    fake.setItemField('acme', 7, first, 'Start', '2025-01-15');
    fake.setItemField('acme', 7, first, 'Progresjon (%)', 42.5);
    const fields = [
      fieldId('Status'),
      fieldId('Start'),
      fieldId('Progresjon (%)'),
      fieldId('Milestone'),
    ].join(',');
    const answer = await testRequest(
      fake,
      'GET',
      `/orgs/acme/projectsV2/7/items?per_page=2&fields=${fields}`,
    );
    const items = answer.body as Item[];
    expect(items).toHaveLength(2);
    expect(items[0]?.content_type).toBe('Issue');
    expect(items[0]?.content).toMatchObject({ number: 1, title: 'Element 1' });
    const values = Object.fromEntries((items[0]?.fields ?? []).map((field) => [field.name, field.value]));
    expect(values).toMatchObject({ Start: '2025-01-15', 'Progresjon (%)': 42.5, Milestone: null });
    expect(values.Status).toMatchObject({ name: { raw: 'Pågår' } });

    const titleOnly = await testRequest(fake, 'GET', '/orgs/acme/projectsV2/7/items?per_page=1');
    expect((titleOnly.body as Item[])[0]?.fields).toEqual([
      expect.objectContaining({
        name: 'Title',
        data_type: 'title',
        value: expect.objectContaining({ raw: 'Element 1' }) as unknown,
      }),
    ]);
  });

  it('pages items by cursor through the Link header', async () => {
    const seen: number[] = [];
    let url: string | null = '/orgs/acme/projectsV2/7/items?per_page=2';
    while (url) {
      const answer = await testRequest(fake, 'GET', url);
      seen.push(...(answer.body as Item[]).map((item) => item.content.number));
      url = /<([^>]+)>; rel="next"/.exec(answer.headers.get('link') ?? '')?.[1] ?? null;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('updates values with PATCH (single select by option id), refusing bad values whole', async () => {
    const [first] = issues;
    if (!first) throw new Error('no issue');
    const itemId = fake.addProjectItem('acme', 7, first);
    const levert = project.fields
      .find((field) => field.name === 'Status')
      ?.options.find((option) => option.name === 'Levert');
    fake.clearDeliveries();
    const patched = await testRequest(fake, 'PATCH', `/orgs/acme/projectsV2/7/items/${itemId}`, {
      body: {
        fields: [
          { id: fieldId('Status'), value: levert?.id },
          { id: fieldId('Progresjon (%)'), value: 100 },
        ],
      },
    });
    expect(patched.status).toBe(200);
    const values = Object.fromEntries(
      (patched.body as Item).fields.map((field) => [field.name, field.value]),
    );
    expect(values['Progresjon (%)']).toBe(100);
    expect(values.Status).toMatchObject({ id: levert?.id });
    expect(fake.deliveries().map((delivery) => `${delivery.event}.${delivery.action ?? ''}`)).toEqual([
      'projects_v2_item.edited',
      'projects_v2_item.edited',
    ]);

    const refused = await testRequest(fake, 'PATCH', `/orgs/acme/projectsV2/7/items/${itemId}`, {
      body: {
        fields: [
          { id: fieldId('Milestone'), value: 'Q3' },
          { id: fieldId('Start'), value: '15.01.2025' },
        ],
      },
    });
    expect(refused.status).toBe(422);
    const after = await testRequest(
      fake,
      'GET',
      `/orgs/acme/projectsV2/7/items/${itemId}?fields=${fieldId('Milestone')}`,
    );
    expect((after.body as Item).fields[0]?.value).toBeNull();
  });

  it('shows archived items with archived_at and drops removed ones', async () => {
    const [first, second] = issues;
    if (!first || !second) throw new Error('no issue');
    fake.archiveProjectItem('acme', 7, first);
    fake.removeProjectItem('acme', 7, second);
    const items = (await testRequest(fake, 'GET', '/orgs/acme/projectsV2/7/items')).body as Item[];
    expect(items.map((item) => item.content.number)).toEqual([1, 3, 4, 5]);
    expect(items[0]?.archived_at).not.toBeNull();
    expect(
      fake
        .deliveries()
        .slice(-2)
        .map((delivery) => delivery.action),
    ).toEqual(['archived', 'deleted']);
  });
});
