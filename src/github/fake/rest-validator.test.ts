import { describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github';
import { validateRestAnswer, validateWebhookPayload } from './rest-validator';
import { testRequest } from './test-request';

describe('validateRestAnswer', () => {
  it('accepts the fake’s own issue answer and refuses a hand-made wrong one', async () => {
    const fake = await FakeGitHub.start();
    try {
      fake.addRepo('acme', 'portfolio');
      fake.addIssue('acme', 'portfolio', {
        title: 'Real',
        labels: ['bug'],
        type: 'Epic',
        assignees: ['kari'],
      });
      const answer = await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1');
      expect(
        validateRestAnswer('GET', '/repos/{owner}/{repo}/issues/{issue_number}', 200, answer.body),
      ).toEqual([]);

      const wrong: Record<string, unknown> = {
        ...(answer.body as Record<string, unknown>),
        number: '1',
        state_reason: 'done',
      };
      delete wrong.node_id;
      const errors = validateRestAnswer('GET', '/repos/{owner}/{repo}/issues/{issue_number}', 200, wrong);
      expect(errors.join('\n')).toContain('node_id');
      expect(errors.join('\n')).toContain('/number must be integer');
      expect(errors.join('\n')).toContain('/state_reason');
    } finally {
      await fake.close();
    }
  });

  it('turns OpenAPI nullable into JSON Schema: null passes where GitHub documents it, not elsewhere', () => {
    const minimal = {
      id: 1,
      node_id: 'I_1',
      url: 'https://api.example/repos/a/b/issues/1',
      repository_url: 'https://api.example/repos/a/b',
      labels_url: 'x',
      comments_url: 'https://api.example/c',
      events_url: 'https://api.example/e',
      html_url: 'https://github.example/a/b/issues/1',
      number: 1,
      state: 'open',
      title: 't',
      user: null,
      labels: [],
      assignee: null,
      milestone: null,
      locked: false,
      comments: 0,
      closed_at: null,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      state_reason: null,
      type: null,
      body: null,
    };
    expect(validateRestAnswer('GET', '/repos/{owner}/{repo}/issues/{issue_number}', 200, minimal)).toEqual(
      [],
    );
    expect(
      validateRestAnswer('GET', '/repos/{owner}/{repo}/issues/{issue_number}', 200, {
        ...minimal,
        title: null,
      }),
    ).not.toEqual([]);
  });

  it('checks a list answer item by item', () => {
    const errors = validateRestAnswer('GET', '/repos/{owner}/{repo}/issues', 200, [{ id: 'one' }]);
    expect(errors.length).toBeGreaterThan(1);
    expect(errors[0]).toMatch(/^\/0/);
  });

  it('names operations and statuses it does not know, and lets undocumented errors pass', () => {
    expect(validateRestAnswer('GET', '/repos/{owner}/{repo}/pulls', 200, [])).toEqual([
      'GET /repos/{owner}/{repo}/pulls is not an operation in rest-schemas.json',
    ]);
    expect(validateRestAnswer('GET', '/repos/{owner}/{repo}', 202, {})).toEqual([
      'GET /repos/{owner}/{repo} does not document status 202',
    ]);
    expect(validateRestAnswer('GET', '/repos/{owner}/{repo}', 401, { message: 'Bad credentials' })).toEqual(
      [],
    );
  });

  it('checks webhook payloads too', () => {
    expect(validateWebhookPayload('issues.opened', { action: 'opened' })).not.toEqual([]);
    expect(validateWebhookPayload('issues.frobbed', {})).toEqual([
      'issues.frobbed is not a webhook payload in rest-schemas.json',
    ]);
  });

  it('records a wrong answer in restViolations when the fake is made to give one', async () => {
    const fake = await FakeGitHub.start();
    try {
      fake.addRepo('acme', 'portfolio');
      const issue = fake.addIssue('acme', 'portfolio', { title: 'Fine' });
      // A title the OpenAPI does not allow (null) can only come from a bug; simulate one in the state.
      fake.editIssue(issue, { title: null as unknown as string });
      await testRequest(fake, 'GET', '/repos/acme/portfolio/issues/1');
      expect(fake.restViolations).toHaveLength(1);
      expect(fake.restViolations[0]).toMatchObject({
        method: 'GET',
        path: '/repos/acme/portfolio/issues/1',
        status: 200,
      });
      expect(fake.restViolations[0]?.errors.join()).toContain('/title');
    } finally {
      await fake.close();
    }
  });
});
