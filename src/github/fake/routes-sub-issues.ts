import { issueApiUrl, issueJson } from './issue-json';
import { linkHeader, pageLinks } from './pagination';
import { resolveIssue } from './repo-resolution';
import { fail, invalid, notFound } from './rest-answer';
import { pageParams } from './routes-issues';
import { linkSubIssue, unlinkSubIssue } from './sub-issue-links';
import type { IssueRecord } from './fake-model';
import type { FakeContext, RestRequest, RestRoute } from './rest-route';

/** The issue named by `sub_issue_id` (its database id, not its number). */
function subIssueFrom(
  request: RestRequest,
  context: FakeContext,
): { child: IssueRecord; replaceParent: boolean } {
  const body = request.body as { sub_issue_id?: unknown; replace_parent?: unknown } | null;
  const id = body?.sub_issue_id;
  if (typeof id !== 'number' || !Number.isInteger(id)) {
    throw invalid('Issue', 'sub_issue_id', 'sub_issue_id must be the id of an issue', 'missing_field');
  }
  const child = context.state.issuesById.get(id);
  if (!child) throw invalid('Issue', 'sub_issue_id', `no issue has the id ${id}`);
  return { child, replaceParent: body?.replace_parent === true };
}

export const subIssueRoutes: RestRoute[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues',
    handle: (request, context) => {
      const parent = resolveIssue(request, context);
      const { perPage, page } = pageParams(request.query);
      const lastPage = Math.max(1, Math.ceil(parent.children.length / perPage));
      const slice = parent.children.slice((page - 1) * perPage, page * perPage);
      const link = pageLinks(
        `${issueApiUrl(context.urls, parent)}/sub_issues`,
        request.query,
        page,
        lastPage,
      );
      return {
        status: 200,
        body: slice.map((child) => issueJson(context.urls, child)),
        headers: linkHeader(link),
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues',
    write: true,
    handle: (request, context) => {
      const parent = resolveIssue(request, context);
      const { child, replaceParent } = subIssueFrom(request, context);
      const problem = linkSubIssue(context.state, parent, child, request.actor, replaceParent);
      if (problem) throw invalid('Issue', 'sub_issue_id', problem);
      const url = issueApiUrl(context.urls, parent);
      return {
        status: 201,
        body: issueJson(context.urls, parent),
        headers: { location: `${url}/sub_issues` },
      };
    },
  },
  {
    method: 'DELETE',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/sub_issue',
    write: true,
    handle: (request, context) => {
      const parent = resolveIssue(request, context);
      const { child } = subIssueFrom(request, context);
      if (!unlinkSubIssue(context.state, parent, child, request.actor)) throw notFound();
      return { status: 200, body: issueJson(context.urls, parent) };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/parent',
    handle: (request, context) => {
      const issue = resolveIssue(request, context);
      if (!issue.parent) throw fail(404, 'Not Found');
      return { status: 200, body: issueJson(context.urls, issue.parent) };
    },
  },
];
