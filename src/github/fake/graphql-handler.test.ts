import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { testGraphql } from './test-request';
import type { FakeIssue } from './fake-model';

const NODES = /* GraphQL */ `
  query Issues($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Issue {
        id
        databaseId
        number
        title
        body
        state
        stateReason
        url
        createdAt
        updatedAt
        closedAt
        labels(first: 20) {
          nodes {
            name
          }
        }
        assignees(first: 10) {
          nodes {
            login
          }
        }
        issueType {
          name
        }
        parent {
          id
          number
          repository {
            name
            owner {
              login
            }
          }
        }
        subIssues(first: 1) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            number
          }
        }
        repository {
          name
          nameWithOwner
          owner {
            login
          }
        }
      }
    }
    rateLimit {
      cost
      remaining
      limit
      resetAt
    }
  }
`;

type NodesAnswer = {
  data: { nodes: Array<Record<string, unknown> | null>; rateLimit: { cost: number; remaining: number } };
  errors?: Array<{ type?: string; path?: unknown[] }>;
};

describe('fake GitHub GraphQL', () => {
  let fake: FakeGitHub;
  let parent: FakeIssue;
  let children: FakeIssue[];

  beforeAll(async () => {
    fake = await FakeGitHub.start({ tokens: ['test-token'] });
    fake.addRepo('acme', 'roadmap');
    parent = fake.addIssue('acme', 'roadmap', {
      title: 'Epic',
      body: 'Body',
      labels: ['☂️ epic'],
      type: 'Epic',
      assignees: ['kari'],
    });
    children = [1, 2].map((n) => fake.addIssue('acme', 'roadmap', { title: `Child ${n}` }));
    for (const child of children) fake.addSubIssue(parent, child);
    fake.closeIssue(children[0] as FakeIssue, 'not_planned');
  });

  afterAll(async () => {
    await fake.close();
  });

  it('executes a nodes query against GitHub’s schema, null (and NOT_FOUND) for a deleted issue', async () => {
    const doomed = fake.addIssue('acme', 'roadmap', { title: 'Doomed' });
    fake.deleteIssue(doomed);
    const before = fake.rateLimit.graphql.remaining;
    const answer = await testGraphql(fake, NODES, {
      ids: [parent.nodeId, children[0]?.nodeId, doomed.nodeId],
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-ratelimit-resource')).toBe('graphql');
    const { data, errors } = answer.body as NodesAnswer;
    expect(data.nodes[0]).toMatchObject({
      __typename: 'Issue',
      id: parent.nodeId,
      databaseId: parent.id,
      state: 'OPEN',
      stateReason: null,
      labels: { nodes: [{ name: '☂️ epic' }] },
      assignees: { nodes: [{ login: 'kari' }] },
      issueType: { name: 'Epic' },
      parent: null,
      subIssues: { totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ number: 2 }] },
      repository: { name: 'roadmap', nameWithOwner: 'acme/roadmap', owner: { login: 'acme' } },
    });
    expect(data.nodes[1]).toMatchObject({
      state: 'CLOSED',
      stateReason: 'NOT_PLANNED',
      parent: { id: parent.nodeId, number: 1, repository: { name: 'roadmap', owner: { login: 'acme' } } },
    });
    expect(data.nodes[2]).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND', path: ['nodes', 2] })]);
    expect(data.rateLimit.remaining).toBe(before - 1);
    expect(fake.stats.byRoute['POST /graphql']).toBeGreaterThan(0);
    expect(fake.graphqlViolations).toEqual([]);
  });

  it('answers an invalid document as GitHub does and records it', async () => {
    const answer = await testGraphql(fake, '{ nodes(ids: ["x"]) { ... on Issue { percentDone } } }');
    expect(answer.status).toBe(200);
    expect((answer.body as { errors: Array<{ message: string }> }).errors[0]?.message).toContain(
      'percentDone',
    );
    expect(fake.graphqlViolations.at(-1)?.errors.join()).toContain(
      'Cannot query field "percentDone" on type "Issue"',
    );

    await testGraphql(fake, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: { not: 'a list' } });
    expect(fake.graphqlViolations).toHaveLength(2);
  });

  it('demands first or last on connections, as GitHub does', async () => {
    const answer = await testGraphql(
      fake,
      'query ($id: ID!) { node(id: $id) { ... on Issue { labels { totalCount } } } }',
      {
        id: parent.nodeId,
      },
    );
    expect(JSON.stringify(answer.body)).toContain('You must provide a `first` or `last` value');
  });

  it('adds a sub-issue and sets a project field by mutation, as writes with webhooks', async () => {
    const project = fake.addProject('acme', {
      number: 3,
      title: 'Board',
      fields: [{ name: 'Progresjon (%)', dataType: 'number' }],
    });
    const extra = fake.addIssue('acme', 'roadmap', { title: 'Extra' });
    fake.addProjectItem('acme', 3, parent);
    fake.clearDeliveries();
    const writes = fake.stats.writes;

    const linked = await testGraphql(
      fake,
      'mutation ($p: ID!, $c: ID!) { addSubIssue(input: { issueId: $p, subIssueId: $c }) { issue { subIssues(first: 10) { totalCount } } subIssue { parent { number } } } }',
      { p: parent.nodeId, c: extra.nodeId },
    );
    expect(linked.body).toEqual({
      data: { addSubIssue: { issue: { subIssues: { totalCount: 3 } }, subIssue: { parent: { number: 1 } } } },
    });

    const items = await testGraphql(
      fake,
      'query ($id: ID!) { node(id: $id) { ... on Issue { projectItems(first: 5) { nodes { id project { id } } } } } }',
      { id: parent.nodeId },
    );
    const itemId = (items.body as { data: { node: { projectItems: { nodes: Array<{ id: string }> } } } }).data
      .node.projectItems.nodes[0]?.id;
    const field = project.fields.find((candidate) => candidate.name === 'Progresjon (%)');
    const updated = await testGraphql(
      fake,
      `mutation ($project: ID!, $item: ID!, $field: ID!) {
        updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: { number: 75 } }) {
          projectV2Item { fieldValueByName(name: "Progresjon (%)") { ... on ProjectV2ItemFieldNumberValue { number } } }
        }
      }`,
      { project: project.nodeId, item: itemId, field: field?.nodeId },
    );
    expect(updated.body).toEqual({
      data: { updateProjectV2ItemFieldValue: { projectV2Item: { fieldValueByName: { number: 75 } } } },
    });
    expect(fake.stats.writes).toBe(writes + 2);
    expect(fake.deliveries().map((delivery) => delivery.action)).toEqual([
      'sub_issue_added',
      'parent_issue_added',
      'edited',
    ]);
    expect(fake.graphqlViolations).toHaveLength(2);
  });

  it('refuses requests without a valid token', async () => {
    expect((await testGraphql(fake, '{ rateLimit { remaining } }', {}, null)).status).toBe(401);
    expect((await testGraphql(fake, '{ rateLimit { remaining } }', {}, 'wrong')).status).toBe(401);
  });
});
