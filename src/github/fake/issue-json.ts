import type { FakeUrls } from './fake-urls';
import type { IssueRecord, IssueTypeRecord, LabelRecord, RepoRecord } from './fake-model';

export function repoApiUrl(urls: FakeUrls, repo: RepoRecord): string {
  return `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
}

export function issueApiUrl(urls: FakeUrls, issue: IssueRecord): string {
  return `${repoApiUrl(urls, issue.repo)}/issues/${issue.number}`;
}

export function issueHtmlUrl(urls: FakeUrls, issue: IssueRecord): string {
  return `${urls.html}/${issue.repo.owner.login}/${issue.repo.name}/issues/${issue.number}`;
}

export function labelJson(repoUrl: string, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${repoUrl}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  };
}

export function issueTypeJson(type: IssueTypeRecord): Record<string, unknown> {
  return {
    id: type.id,
    node_id: type.nodeId,
    name: type.name,
    description: type.description,
    color: type.color,
    created_at: type.created.iso,
    updated_at: type.created.iso,
    is_enabled: true,
  };
}

export function subIssuesSummary(issue: IssueRecord): { total: number; completed: number; percent: number } {
  const total = issue.children.length;
  let completed = 0;
  for (const child of issue.children) if (child.state === 'closed') completed += 1;
  return { total, completed, percent: total === 0 ? 0 : Math.floor((completed * 100) / total) };
}

/**
 * GitHub's `issue` shape, with the keys webhook payloads also require (author_association, reactions,
 * active_lock_reason), so REST answers and webhook payloads share one builder. Built per answer:
 * a plain object of about thirty keys, cheap enough for pages of a hundred.
 */
export function issueJson(urls: FakeUrls, issue: IssueRecord): Record<string, unknown> {
  const repoUrl = repoApiUrl(urls, issue.repo);
  const url = `${repoUrl}/issues/${issue.number}`;
  const summary = subIssuesSummary(issue);
  const firstAssignee = issue.assignees[0];
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: issueHtmlUrl(urls, issue),
    timeline_url: `${url}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: issue.author.json,
    labels: issue.labels.map((label) => labelJson(repoUrl, label)),
    assignee: firstAssignee ? firstAssignee.json : null,
    assignees: issue.assignees.map((assignee) => assignee.json),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    closed_at: issue.closed ? issue.closed.iso : null,
    created_at: issue.created.iso,
    updated_at: issue.updated.iso,
    author_association: 'MEMBER',
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    performed_via_github_app: null,
    type: issue.type ? issueTypeJson(issue.type) : null,
    sub_issues_summary: {
      total: summary.total,
      completed: summary.completed,
      percent_completed: summary.percent,
    },
    parent_issue_url: issue.parent ? issueApiUrl(urls, issue.parent) : null,
  };
}
