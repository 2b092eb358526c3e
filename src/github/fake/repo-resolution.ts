import { fail, notFound, redirect } from './rest-answer';
import type { IssueRecord, RepoRecord } from './fake-model';
import type { FakeContext, RestRequest } from './rest-route';

/** The request's repository; 404 when unknown or private to an anonymous caller, 301/307 when renamed. */
export function resolveRepo(request: RestRequest, context: FakeContext): RepoRecord {
  const owner = request.params.owner ?? '';
  const name = request.params.repo ?? '';
  const found = context.state.findRepo(owner, name);
  if (!found) throw notFound();
  const { repo } = found;
  if (repo.private && request.identity.kind === 'anonymous') throw notFound();
  if (found.moved) {
    const prefix = `/repos/${owner}/${name}`;
    const rest = request.path.slice(prefix.length);
    throw redirect(
      request.method,
      `${context.urls.api}/repos/${repo.owner.login}/${repo.name}${rest}${request.search}`,
    );
  }
  return repo;
}

export function parseIssueNumber(text: string | undefined): number {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) throw notFound();
  return number;
}

/** The request's issue; 410 when deleted, 301/307 to where a transferred issue went. */
export function resolveIssue(request: RestRequest, context: FakeContext): IssueRecord {
  const repo = resolveRepo(request, context);
  const number = parseIssueNumber(request.params.issue_number);
  const slot = repo.slots.get(number);
  if (!slot) throw notFound();
  if (slot.kind === 'deleted' || slot.issue.deleted) throw fail(410, 'This issue was deleted');
  if (slot.kind === 'moved') {
    const { issue } = slot;
    const prefix = `/repos/${request.params.owner ?? ''}/${request.params.repo ?? ''}/issues/${number}`;
    const rest = request.path.slice(prefix.length);
    const location = `${context.urls.api}/repos/${issue.repo.owner.login}/${issue.repo.name}/issues/${issue.number}`;
    throw redirect(request.method, `${location}${rest}${request.search}`);
  }
  return slot.issue;
}
