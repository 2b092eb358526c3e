import type { ImportItem } from '../../contracts/backlog-import';
import type { GithubIssue } from './github-issue';
import { fitBody, fitNames, fitTitle } from './import-text';

const refOf = (issue: GithubIssue) => `${issue.owner}/${issue.repo}#${issue.number}`;

/** A backlog issue → the bulk import's item: an epic or one of an epic's issues. */
export function toImportItem(
  issue: GithubIssue,
  options: { kind: 'epic' | 'issue'; teamId: string | null | undefined; parentRef: string | null },
): ImportItem {
  return {
    ref: refOf(issue),
    kind: options.kind,
    title: fitTitle(issue.title, refOf(issue)),
    body: fitBody(issue.body),
    nodeId: issue.nodeId,
    url: issue.url,
    ...(options.teamId !== undefined ? { teamId: options.teamId } : {}),
    state: issue.state,
    stateReason: issue.stateReason,
    issueType: issue.type ? fitTitle(issue.type, 'type') : null,
    labels: fitNames(issue.labels, 100),
    assignees: fitNames(issue.assignees, 50),
    closedAt: issue.closedAt,
    activityAt: issue.updatedAt,
    ...(options.kind === 'issue' ? { parent: options.parentRef } : {}),
  };
}
