import { changeIssue, createIssue } from './issue-changes';
import { issueApiUrl, issueJson, repoApiUrl } from './issue-json';
import { linkHeader, pageLinks } from './pagination';
import { resolveIssue, resolveRepo } from './repo-resolution';
import { invalid } from './rest-answer';
import type { IssueChange } from './issue-changes';
import type { IssueListQuery } from './issue-index';
import type { IssueTypeRecord, LabelRecord, OwnerRecord, RepoRecord, StateReason } from './fake-model';
import type { FakeContext, RestRequest, RestRoute } from './rest-route';

const STATE_REASONS = new Set(['completed', 'not_planned', 'duplicate', 'reopened']);

function oneOf<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = query.get(name);
  if (value === null) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw invalid('Issue', name, `${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** `per_page` (1–100, GitHub clamps larger ones) and `page` (from 1). */
export function pageParams(query: URLSearchParams, defaultPerPage = 30): { perPage: number; page: number } {
  const perPage = Number(query.get('per_page') ?? defaultPerPage);
  const page = Number(query.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1)
    throw invalid('Pagination', 'per_page', 'per_page must be a positive integer');
  if (!Number.isInteger(page) || page < 1)
    throw invalid('Pagination', 'page', 'page must be a positive integer');
  return { perPage: Math.min(perPage, 100), page };
}

function listQuery(query: URLSearchParams): IssueListQuery {
  const sinceText = query.get('since');
  const since = sinceText === null ? null : Date.parse(sinceText);
  if (since !== null && Number.isNaN(since))
    throw invalid('Issue', 'since', 'since must be an ISO 8601 time');
  // Every issue here has no comments, so sorting by comments is sorting by creation.
  const sort = oneOf(query, 'sort', ['created', 'updated', 'comments'] as const, 'created');
  const labels = query.get('labels');
  return {
    state: oneOf(query, 'state', ['open', 'closed', 'all'] as const, 'open'),
    since,
    sort: sort === 'updated' ? 'updated' : 'created',
    direction: oneOf(query, 'direction', ['asc', 'desc'] as const, 'desc'),
    labels: labels
      ? labels
          .split(',')
          .map((name) => name.trim().toLowerCase())
          .filter(Boolean)
      : [],
  };
}

function listIssues(request: RestRequest, context: FakeContext) {
  const repo = resolveRepo(request, context);
  const issues = repo.index.query(listQuery(request.query));
  const { perPage, page } = pageParams(request.query);
  const lastPage = Math.max(1, Math.ceil(issues.length / perPage));
  const slice = issues.slice((page - 1) * perPage, page * perPage);
  const link = pageLinks(`${repoApiUrl(context.urls, repo)}/issues`, request.query, page, lastPage);
  return {
    status: 200,
    body: slice.map((issue) => issueJson(context.urls, issue)),
    headers: linkHeader(link),
  };
}

/** Turns an issue body's fields (as the REST API takes them) into a change of records. */
function changeFrom(body: unknown, repo: RepoRecord, context: FakeContext): IssueChange {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalid('Issue', 'body', 'the request body must be a JSON object');
  }
  const input = body as Record<string, unknown>;
  const change: IssueChange = {};
  if ('title' in input) {
    if (typeof input.title !== 'string' || input.title.trim() === '')
      throw invalid('Issue', 'title', 'title must be text');
    change.title = input.title;
  }
  if ('body' in input) {
    if (input.body !== null && typeof input.body !== 'string')
      throw invalid('Issue', 'body', 'body must be text or null');
    change.body = input.body;
  }
  if ('state' in input) {
    if (input.state !== 'open' && input.state !== 'closed')
      throw invalid('Issue', 'state', 'state must be open or closed');
    change.state = input.state;
  }
  if ('state_reason' in input && input.state_reason !== null) {
    if (typeof input.state_reason !== 'string' || !STATE_REASONS.has(input.state_reason)) {
      throw invalid(
        'Issue',
        'state_reason',
        'state_reason must be completed, not_planned, duplicate or reopened',
      );
    }
    change.stateReason = input.state_reason as StateReason;
  }
  if ('labels' in input) change.labels = labelsFrom(input.labels, repo, context);
  if ('assignees' in input) change.assignees = assigneesFrom(input.assignees, context);
  if ('type' in input) change.type = typeFrom(input.type, repo, context);
  return change;
}

function labelsFrom(value: unknown, repo: RepoRecord, context: FakeContext): LabelRecord[] {
  if (!Array.isArray(value)) throw invalid('Issue', 'labels', 'labels must be a list');
  return value.map((entry: unknown) => {
    const name = typeof entry === 'string' ? entry : (entry as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name === '')
      throw invalid('Issue', 'labels', 'each label is a name or {name}');
    // GitHub creates a label that the repository does not have yet.
    return context.state.label(repo, name);
  });
}

function assigneesFrom(value: unknown, context: FakeContext): OwnerRecord[] {
  if (!Array.isArray(value) || !value.every((login) => typeof login === 'string')) {
    throw invalid('Issue', 'assignees', 'assignees must be a list of logins');
  }
  return value.map((login: string) => context.state.owner(login, 'User'));
}

function typeFrom(value: unknown, repo: RepoRecord, context: FakeContext): IssueTypeRecord | null {
  if (value === null) return null;
  if (typeof value !== 'string')
    throw invalid('Issue', 'type', 'type must be the name of an issue type or null');
  const type = context.state.findIssueType(repo.owner, value);
  if (!type) throw invalid('Issue', 'type', `${value} is not an issue type of ${repo.owner.login}`);
  return type;
}

export const issueRoutes: RestRoute[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/issues', handle: listIssues },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}',
    handle: (request, context) => ({
      status: 200,
      body: issueJson(context.urls, resolveIssue(request, context)),
    }),
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues',
    write: true,
    handle: (request, context) => {
      const repo = resolveRepo(request, context);
      const change = changeFrom(request.body, repo, context);
      if (change.title === undefined) throw invalid('Issue', 'title', 'title is required', 'missing_field');
      const issue = createIssue(context.state, repo, { ...change, title: change.title }, request.actor);
      const url = issueApiUrl(context.urls, issue);
      return { status: 201, body: issueJson(context.urls, issue), headers: { location: url } };
    },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/{issue_number}',
    write: true,
    handle: (request, context) => {
      const issue = resolveIssue(request, context);
      changeIssue(context.state, issue, changeFrom(request.body, issue.repo, context), request.actor);
      return { status: 200, body: issueJson(context.urls, issue) };
    },
  },
];
