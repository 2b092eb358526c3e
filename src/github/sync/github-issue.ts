import { z } from 'zod';
import type { IssueNode } from '../http/graphql-documents';

/** The fields of GitHub's REST issue the sync reads; anything else GitHub sends is ignored. */
export const RestIssueSchema = z.object({
  id: z.number(),
  node_id: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullable().optional(),
  state: z.enum(['open', 'closed']),
  state_reason: z.string().nullable().optional(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string().optional() })])).default([]),
  assignees: z
    .array(z.object({ login: z.string() }))
    .nullable()
    .optional(),
  type: z.object({ name: z.string() }).nullable().optional(),
  parent_issue_url: z.string().nullable().optional(),
  pull_request: z.unknown().optional(),
  created_at: z.string(),
  updated_at: z.string(),
  closed_at: z.string().nullable().optional(),
  html_url: z.string(),
  repository_url: z.string(),
});
export type RestIssue = z.infer<typeof RestIssueSchema>;

/** A GitHub issue as the sync works with it: where it is, and what it says. */
export interface GithubIssue {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  number: number;
  /** Lower-case "owner/repo#N": how Rødtråd stores the reference. */
  key: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not-planned' | 'duplicate' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  type: string | null;
  /** The parent issue's key when this is a sub-issue. */
  parentKey: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  url: string;
}

export const keyOf = (owner: string, repo: string, number: number): string =>
  `${owner}/${repo}#${number}`.toLowerCase();

/** "…/repos/{owner}/{repo}" or "…/repos/{owner}/{repo}/issues/{n}" → its parts (any API host or prefix). */
export function repoOfApiUrl(url: string): { owner: string; repo: string; number: number | null } | null {
  const match = /\/repos\/([^/]+)\/([^/]+)(?:\/issues\/(\d+))?\/?$/.exec(new URL(url).pathname);
  if (!match) return null;
  return { owner: match[1]!, repo: match[2]!, number: match[3] ? Number(match[3]) : null };
}

const REASONS: Record<string, GithubIssue['stateReason']> = {
  completed: 'completed',
  not_planned: 'not-planned',
  duplicate: 'duplicate',
  reopened: 'reopened',
};

/**
 * GitHub may keep "reopened" on an issue closed again without a reason, or a closing reason on one
 * reopened by an older client; the store refuses those pairs, so the reason that contradicts the state goes.
 */
export function consistentReason(
  state: GithubIssue['state'],
  reason: GithubIssue['stateReason'],
): GithubIssue['stateReason'] {
  if (state === 'closed') return reason === 'reopened' ? null : reason;
  return reason === 'reopened' ? reason : null;
}

/** GitHub's answer → a GithubIssue; null for pull requests, which the issue listings also return. */
export function toGithubIssue(raw: unknown): GithubIssue | null {
  const issue = RestIssueSchema.parse(raw);
  if (issue.pull_request) return null;
  const repo = repoOfApiUrl(issue.repository_url);
  if (!repo) throw new Error(`issue ${issue.node_id} has an unreadable repository_url`);
  const parent = issue.parent_issue_url ? repoOfApiUrl(issue.parent_issue_url) : null;
  const stateReason = REASONS[issue.state_reason ?? ''] ?? null;
  return {
    id: issue.id,
    nodeId: issue.node_id,
    owner: repo.owner,
    repo: repo.repo,
    number: issue.number,
    key: keyOf(repo.owner, repo.repo, issue.number),
    title: issue.title,
    body: issue.body ?? null,
    state: issue.state,
    stateReason: consistentReason(issue.state, stateReason),
    labels: issue.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
    assignees: (issue.assignees ?? []).map((a) => a.login),
    type: issue.type?.name ?? null,
    parentKey: parent?.number ? keyOf(parent.owner, parent.repo, parent.number) : null,
    createdAt: issue.created_at,
    updatedAt: issue.updated_at,
    closedAt: issue.closed_at ?? null,
    url: issue.html_url,
  };
}

const GRAPHQL_REASONS: Record<string, GithubIssue['stateReason']> = {
  COMPLETED: 'completed',
  NOT_PLANNED: 'not-planned',
  DUPLICATE: 'duplicate',
  REOPENED: 'reopened',
};

/** An issue as GraphQL's `nodes(ids:)` gives it (ISSUE_NODE_FIELDS) → the same GithubIssue as REST's. */
export function fromIssueNode(node: IssueNode): GithubIssue {
  const owner = node.repository.owner.login;
  const repo = node.repository.name;
  const state = node.state === 'CLOSED' ? 'closed' : 'open';
  const parent = node.parent;
  return {
    id: node.databaseId ?? 0,
    nodeId: node.id,
    owner,
    repo,
    number: node.number,
    key: keyOf(owner, repo, node.number),
    title: node.title,
    body: node.body === '' ? null : node.body,
    state,
    stateReason: consistentReason(state, GRAPHQL_REASONS[node.stateReason ?? ''] ?? null),
    labels: (node.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
    assignees: (node.assignees?.nodes ?? []).flatMap((a) => (a ? [a.login] : [])),
    type: node.issueType?.name ?? null,
    parentKey: parent ? keyOf(parent.repository.owner.login, parent.repository.name, parent.number) : null,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    closedAt: node.closedAt,
    url: node.url,
  };
}
