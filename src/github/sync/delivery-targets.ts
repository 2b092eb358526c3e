import { z } from 'zod';

/** The parts of a webhook payload that say what changed; everything else in it is ignored. */
const IssueRef = z.object({ node_id: z.string(), number: z.number().optional() }).passthrough();
const RepoRef = z
  .object({ full_name: z.string(), owner: z.object({ login: z.string() }).passthrough() })
  .passthrough();
const PayloadSchema = z
  .object({
    action: z.string().optional(),
    issue: IssueRef.optional(),
    sub_issue: IssueRef.optional(),
    parent_issue: IssueRef.optional(),
    sub_issue_repo: RepoRef.optional(),
    parent_issue_repo: RepoRef.optional(),
    changes: z
      .object({
        new_issue: IssueRef.optional(),
        new_repository: RepoRef.optional(),
      })
      .passthrough()
      .optional(),
    repository: RepoRef.optional(),
    organization: z.object({ login: z.string() }).passthrough().optional(),
    projects_v2_item: z
      .object({ content_node_id: z.string().nullable().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** What one delivery asks the sync to look at again. */
export interface DeliveryTargets {
  /** Issues to fetch as they are now, with the owner whose token reads them. */
  nodes: { nodeId: string; owner: string }[];
  /** Repositories ("owner/repo", lower case) the delivery is about. */
  repos: string[];
  /** Owners whose boards changed (projects_v2_item): their boards are read again, page by page. */
  boardOwners: string[];
}

const lower = (s: string) => s.toLowerCase();

/**
 * Reads a delivery: which issues and repositories it names. Deliveries are only hints: the issues are
 * fetched as they are now, so order, repeats and gaps between deliveries do not matter.
 */
export function deliveryTargets(event: string, payload: unknown): DeliveryTargets {
  const targets: DeliveryTargets = { nodes: [], repos: [], boardOwners: [] };
  const parsed = PayloadSchema.safeParse(payload);
  if (!parsed.success) return targets;
  const p = parsed.data;
  const owner = p.repository?.owner.login ?? p.organization?.login ?? '';
  const add = (issue: { node_id: string } | undefined, at = owner) => {
    if (issue && at) targets.nodes.push({ nodeId: issue.node_id, owner: at });
  };
  if (p.repository) targets.repos.push(lower(p.repository.full_name));
  if (event === 'issues') {
    add(p.issue);
    add(p.changes?.new_issue, p.changes?.new_repository?.owner.login ?? owner);
    if (p.changes?.new_repository) targets.repos.push(lower(p.changes.new_repository.full_name));
  } else if (event === 'sub_issues') {
    add(p.sub_issue, p.sub_issue_repo?.owner.login ?? owner);
    add(p.parent_issue, p.parent_issue_repo?.owner.login ?? owner);
    for (const repo of [p.sub_issue_repo, p.parent_issue_repo])
      if (repo) targets.repos.push(lower(repo.full_name));
  } else if (event === 'projects_v2_item' && p.organization) {
    targets.boardOwners.push(lower(p.organization.login));
    const content = p.projects_v2_item?.content_node_id;
    if (content) add({ node_id: content }, p.organization.login);
  }
  return targets;
}
