import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { testRequest } from './test-request';

type Issue = {
  number: number;
  title: string;
  state: string;
  updated_at: string;
  html_url: string;
  node_id: string;
  id: number;
};

describe('fake GitHub issues over REST', () => {
  let fake: FakeGitHub;

  beforeEach(async () => {
    fake = await FakeGitHub.start({ tokens: ['test-token'] });
    fake.addRepo('acme', 'portfolio');
  });

  afterEach(async () => {
    expect(fake.restViolations).toEqual([]);
    expect(fake.webhookViolations).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
    await fake.close();
  });

  it('serves a non-default base URL that looks like GitHub Enterprise Server', () => {
    expect(fake.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect(fake.graphqlUrl).toMatch(/\/api\/graphql$/);
  });

  it('pages a list with Link next/last and reaches every issue exactly once', async () => {
    fake.silently(() => {
      for (let i = 1; i <= 250; i += 1)
        fake.addIssue('acme', 'portfolio', { title: `Issue ${i}`, state: i % 5 === 0 ? 'closed' : 'open' });
    });
    const seen: number[] = [];
    let url: string | null = '/repos/acme/portfolio/issues?state=all&sort=created&direction=asc&per_page=100';
    let pages = 0;
    while (url) {
      const answer = await testRequest(fake, 'GET', url);
      expect(answer.status).toBe(200);
      seen.push(...(answer.body as Issue[]).map((issue) => issue.number));
      const link = answer.headers.get('link') ?? '';
      if (pages === 0) expect(link).toContain('rel="last"');
      url = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  it('lists only open issues by default, newest first', async () => {
    fake.addIssue('acme', 'portfolio', { title: 'Open one' });
    fake.addIssue('acme', 'portfolio', { title: 'Closed one', state: 'closed' });
    fake.addIssue('acme', 'portfolio', { title: 'Open two' });
    const answer = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues');
    expect((answer.body as Issue[]).map((issue) => issue.title)).toEqual(['Open two', 'Open one']);
  });

  it('filters by since (updated at or after) and sorts by updated', async () => {
    const old = fake.addIssue('acme', 'portfolio', {
      title: 'Old',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-02T00:00:00Z',
    });
    fake.addIssue('acme', 'portfolio', {
      title: 'Edge',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-03-01T00:00:00Z',
    });
    fake.addIssue('acme', 'portfolio', {
      title: 'Recent',
      createdAt: '2024-02-01T00:00:00Z',
      updatedAt: '2024-04-01T00:00:00Z',
    });
    const query = 'state=all&sort=updated&direction=asc&since=2024-03-01T00:00:00Z';
    const first = await testRequest(fake, 'GET', `/repos/acme/portfolio/issues?${query}`);
    expect((first.body as Issue[]).map((issue) => issue.title)).toEqual(['Edge', 'Recent']);

    fake.editIssue(old, { title: 'Old, edited' });
    const second = await testRequest(fake, 'GET', `/repos/acme/portfolio/issues?${query}`);
    expect((second.body as Issue[]).map((issue) => issue.title)).toEqual(['Edge', 'Recent', 'Old, edited']);
  });

  it('answers 304 to a matching If-None-Match without spending rate limit', async () => {
    const issue = fake.addIssue('acme', 'portfolio', { title: 'Cached' });
    const first = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));
    fake.resetStats();

    const second = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1', {
      headers: { 'if-none-match': etag },
    });
    expect(second.status).toBe(304);
    expect(second.body).toBe('');
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(remaining);
    expect(fake.stats).toMatchObject({ requests: 1, counted: 0, notModified: 1 });

    fake.editIssue(issue, { body: 'changed' });
    const third = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1', {
      headers: { 'if-none-match': etag },
    });
    expect(third.status).toBe(200);
    expect(fake.stats.counted).toBe(1);
  });

  it('puts rate-limit headers and a request id on every answer', async () => {
    const answer = await testRequest(fake, 'GET', '/repos/acme/portfolio');
    for (const name of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-used',
      'x-ratelimit-reset',
      'x-github-request-id',
    ]) {
      expect(answer.headers.get(name)).toBeTruthy();
    }
    expect(answer.headers.get('x-ratelimit-resource')).toBe('core');
    expect(fake.stats.byRoute['GET /repos/{owner}/{repo}']).toBe(1);
  });

  it('answers 403 with x-ratelimit-remaining 0 once the budget is spent; /rate_limit is free', async () => {
    fake.setRateLimit({ limit: 5000, remaining: 1 });
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio')).status).toBe(200);
    const refused = await testRequest(fake, 'GET', '/repos/acme/portfolio');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    const rate = await testRequest(fake, 'GET', '/rate_limit');
    expect(rate.status).toBe(200);
    expect((rate.body as { resources: { core: { remaining: number } } }).resources.core.remaining).toBe(0);
  });

  it('creates and patches issues, recording writes and webhooks', async () => {
    fake.addIssueType('acme', 'Epic');
    const created = await testRequest(fake, 'POST', '/repos/acme/portfolio/issues', {
      body: { title: 'New epic', body: 'text', labels: ['☂️ epic'], type: 'Epic' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: 1,
      title: 'New epic',
      type: { name: 'Epic' },
      labels: [{ name: '☂️ epic' }],
    });
    const patched = await testRequest(fake, 'PATCH', '/repos/acme/portfolio/issues/1', {
      body: { state: 'closed', state_reason: 'not_planned', labels: [] },
    });
    expect(patched.body).toMatchObject({ state: 'closed', state_reason: 'not_planned', labels: [] });
    expect(fake.stats.writes).toBe(2);
    expect(fake.deliveries().map((delivery) => `${delivery.event}.${delivery.action ?? ''}`)).toEqual([
      'issues.opened',
      'issues.unlabeled',
      'issues.closed',
    ]);
    const refused = await testRequest(fake, 'PATCH', '/repos/acme/portfolio/issues/1', {
      body: { state: 'done' },
    });
    expect(refused.status).toBe(422);
  });

  it('answers 410 for a deleted issue and 404 for one that never was', async () => {
    const issue = fake.addIssue('acme', 'portfolio', { title: 'Doomed' });
    fake.deleteIssue(issue);
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1')).status).toBe(410);
    expect((await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/2')).status).toBe(404);
  });

  it('redirects a transferred issue with 301 to its new address, with a new id and node id', async () => {
    fake.addRepo('acme', 'team');
    fake.addIssue('acme', 'team', { title: 'Already there' });
    const issue = fake.addIssue('acme', 'portfolio', { title: 'Moving' });
    const moved = fake.transferIssue(issue, 'acme', 'team');
    expect(moved).toMatchObject({ owner: 'acme', repo: 'team', number: 2 });
    expect(moved.id).not.toBe(issue.id);
    expect(moved.nodeId).not.toBe(issue.nodeId);

    const answer = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1');
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(`${fake.baseUrl}/repos/acme/team/issues/2`);
    const followed = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1', { redirect: 'follow' });
    expect(followed.body).toMatchObject({ title: 'Moving', number: 2, id: moved.id });
    const event = fake.deliveries().find((delivery) => delivery.action === 'transferred');
    expect(JSON.parse(event?.body ?? '{}')).toMatchObject({
      issue: { number: 1, node_id: issue.nodeId },
      changes: {
        new_issue: { number: 2, node_id: moved.nodeId },
        new_repository: { full_name: 'acme/team' },
      },
    });
  });

  it('redirects the old paths of a renamed repository, keeping the query', async () => {
    fake.addIssue('acme', 'portfolio', { title: 'Kept' });
    fake.renameRepo('acme', 'portfolio', 'portefolje');
    const answer = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues?state=all');
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(`${fake.baseUrl}/repos/acme/portefolje/issues?state=all`);
    const repo = await testRequest(fake, 'GET', '/repos/acme/portfolio', { redirect: 'follow' });
    expect(repo.body).toMatchObject({ name: 'portefolje', full_name: 'acme/portefolje' });
    expect(fake.deliveries().at(-1)?.body).toContain('"from":"portfolio"');
  });

  it('answers 401 for a bad token, 404 for unknown paths and private repositories without a token', async () => {
    fake.addRepo('acme', 'secret', { private: true });
    const bad = await testRequest(fake, 'GET', '/repos/acme/portfolio', { token: 'nope' });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ message: 'Bad credentials', status: '401' });
    const unknown = await testRequest(fake, 'GET', '/nowhere/at/all');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      message: 'Not Found',
      documentation_url: expect.any(String) as string,
    });
    expect((await testRequest(fake, 'GET', '/repos/acme/secret', { token: null })).status).toBe(404);
    expect((await testRequest(fake, 'GET', '/repos/acme/secret')).status).toBe(200);
  });
});
