import { describe, expect, it } from 'vitest';
import { GithubError } from './github-error';
import { ISSUE_NODE_FIELDS, type IssueNode } from './graphql-documents';
import { useStubClient } from './testing/use-stub-client';

const start = useStubClient();

interface GraphqlBody {
  query: string;
  variables: { ids?: string[] };
}

describe('GithubClient.graphql', () => {
  it('posts to /api/graphql beside a GHES /api/v3 base, and REST below /api/v3', async () => {
    const { stub, client } = await start(
      (req) => (req.url === '/api/graphql' ? { body: { data: { viewer: { login: 'me' } } } } : { body: {} }),
      { basePath: '/api/v3' },
    );
    const data = await client.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }',
      {},
      { owner: 'o' },
    );
    expect(data).toEqual({ viewer: { login: 'me' } });
    await client.get('/repos/o/r', { owner: 'o' });
    expect(stub.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/graphql',
      'GET /api/v3/repos/o/r',
    ]);
    expect(JSON.parse(stub.requests[0]?.body ?? '')).toEqual({
      query: 'query { viewer { login } }',
      variables: {},
    });
  });

  it('fails with code graphql on errors', async () => {
    const { client } = await start(() => ({
      body: { data: null, errors: [{ type: 'INTERNAL', message: 'Something went wrong' }] },
    }));
    const error = await client
      .graphql('query { viewer { login } }', {}, { owner: 'o' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubError);
    expect(error).toMatchObject({
      code: 'graphql',
      githubMessage: 'Something went wrong',
      graphqlErrors: [{ type: 'INTERNAL', message: 'Something went wrong' }],
    });
  });

  it('returns the data with partialErrors when only some nodes were not found', async () => {
    const notFound = {
      type: 'NOT_FOUND',
      path: ['nodes', 1],
      message: "Could not resolve to a node with the global id of 'X'",
    };
    const { client } = await start(() => ({
      body: { data: { nodes: [{ id: 'A' }, null] }, errors: [notFound] },
    }));
    const data = await client.graphql<{ nodes: unknown[] }>(
      'query($ids:[ID!]!){ nodes(ids:$ids){ id } }',
      { ids: ['A', 'X'] },
      { owner: 'o' },
    );
    expect(data.nodes).toEqual([{ id: 'A' }, null]);
    expect(data.partialErrors).toEqual([notFound]);
  });

  it('waits out a secondary rate limit on GraphQL, and a RATE_LIMITED answer until the reset', async () => {
    let calls = 0;
    const { stub, client, clock } = await start(() => {
      calls += 1;
      if (calls === 1)
        return {
          status: 403,
          headers: { 'retry-after': '5' },
          body: { message: 'You have exceeded a secondary rate limit.' },
        };
      if (calls === 2) {
        return {
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-limit': '5000',
            'x-ratelimit-reset': String(Math.floor(clock.now() / 1000) + 30),
          },
          body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation.' }] },
        };
      }
      return { body: { data: { viewer: { login: 'me' } } } };
    });
    await client.graphql('query { viewer { login } }', {}, { owner: 'o' });
    expect(stub.requests).toHaveLength(3);
    expect(client.stats().retries.map((r) => r.reason)).toEqual(['secondary-rate-limit', 'rate-limit']);
    expect(clock.slept[0]).toBe(5_000);
    expect(clock.slept[1]).toBeGreaterThan(28_000);
    expect(clock.slept[1]).toBeLessThanOrEqual(30_000);
  });

  it('paces mutations like REST writes and counts them as writes', async () => {
    const { client, clock } = await start(() => ({ body: { data: { x: 1 } } }));
    await Promise.all([
      client.graphql('mutation { a: __typename }', {}, { owner: 'o' }),
      client.graphql('# why\nmutation { b: __typename }', {}, { owner: 'o' }),
      client.graphql('query { c: __typename }', {}, { owner: 'o' }),
    ]);
    expect(client.stats().writes).toBe(2);
    expect(clock.slept).toEqual([1_000]);
  });
});

describe('GithubClient.nodesByIds', () => {
  it('asks 250 ids in 3 batches of at most 100, in order, with null for deleted nodes', async () => {
    const { stub, client } = await start((req) => {
      const { query, variables } = JSON.parse(req.body) as GraphqlBody;
      expect(query).toContain('nodes(ids: $ids) { ...IssueNodeFields }');
      expect(query).toContain('fragment IssueNodeFields on Issue');
      const ids = variables.ids ?? [];
      const nodes = ids.map((id) => (id === 'I_7' ? null : { id }));
      const errors = ids.includes('I_7')
        ? [{ type: 'NOT_FOUND', path: ['nodes', ids.indexOf('I_7')], message: 'gone' }]
        : undefined;
      return {
        body: {
          data: {
            nodes,
            rateLimit: { limit: 5000, remaining: 4999, resetAt: '2025-03-01T13:00:00Z', cost: 1 },
          },
          errors,
        },
      };
    });
    const ids = Array.from({ length: 250 }, (_, i) => `I_${i}`);
    const nodes = await client.nodesByIds<Pick<IssueNode, 'id'>>(ids, ISSUE_NODE_FIELDS, { owner: 'o' });
    expect(stub.requests).toHaveLength(3);
    expect(stub.requests.map((r) => (JSON.parse(r.body) as GraphqlBody).variables.ids?.length)).toEqual([
      100, 100, 50,
    ]);
    expect(nodes).toHaveLength(250);
    expect(nodes[7]).toBeNull();
    expect(nodes[249]).toEqual({ id: 'I_249' });
  });

  it('refuses a batch size above GitHub’s 100', async () => {
    const { client } = await start(() => ({ body: {} }));
    await expect(client.nodesByIds(['a'], ISSUE_NODE_FIELDS, { owner: 'o', batchSize: 101 })).rejects.toThrow(
      RangeError,
    );
  });

  it('fails when the answer has fewer nodes than asked', async () => {
    const { client } = await start(() => ({ body: { data: { nodes: [] } } }));
    await expect(client.nodesByIds(['a'], ISSUE_NODE_FIELDS, { owner: 'o' })).rejects.toMatchObject({
      code: 'graphql',
    });
  });
});
