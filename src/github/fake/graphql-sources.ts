import { connection } from './graphql-connection';
import { itemSource, projectSource } from './graphql-project-sources';
import { issueHtmlUrl, subIssuesSummary } from './issue-json';
import type { ConnectionArgs } from './graphql-connection';
import type {
  Actor,
  IssueRecord,
  IssueState,
  IssueTypeRecord,
  LabelRecord,
  OwnerRecord,
  RepoRecord,
} from './fake-model';
import type { FakeState } from './fake-state';
import type { FakeUrls } from './fake-urls';
import type { RateLimiter } from './rate-limiter';

export interface GqlContext {
  state: FakeState;
  urls: FakeUrls;
  rateLimiter: RateLimiter;
  actor: Actor;
  /** Errors GitHub gives beside the data, such as NOT_FOUND for an id that resolves to nothing. */
  extraErrors: Array<Record<string, unknown>>;
}

/**
 * What a GraphQL object resolves from: GitHub's field names as properties, and functions for fields
 * that take arguments (or are costly). `__typename` resolves interfaces and unions.
 */
export type Source = Record<string, unknown>;

export function ownerSource(context: GqlContext, owner: OwnerRecord): Source {
  const url = `${context.urls.html}/${owner.login}`;
  const source: Source = {
    __typename: owner.type,
    id: owner.nodeId,
    databaseId: owner.id,
    login: owner.login,
    name: owner.login,
    url,
    resourcePath: `/${owner.login}`,
    avatarUrl: () => `${context.urls.html}/avatars/${owner.login}`,
  };
  if (owner.type === 'Organization') {
    source.projectV2 = ({ number }: { number: number }) => {
      const project = context.state.projects.find(owner.login, number);
      return project ? projectSource(context, project) : null;
    };
  }
  return source;
}

export function labelSource(context: GqlContext, repo: RepoRecord, label: LabelRecord): Source {
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: false,
    url: `${context.urls.html}/${repo.owner.login}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
  };
}

export function issueTypeSource(type: IssueTypeRecord): Source {
  return {
    __typename: 'IssueType',
    id: type.nodeId,
    name: type.name,
    description: type.description,
    color: type.color.toUpperCase(),
    isEnabled: true,
    isPrivate: false,
  };
}

export function issueSource(context: GqlContext, issue: IssueRecord): Source {
  const { urls } = context;
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    fullDatabaseId: String(issue.id),
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    bodyText: issue.body ?? '',
    state: issue.state.toUpperCase(),
    stateReason: () => (issue.stateReason ? issue.stateReason.toUpperCase() : null),
    closed: issue.state === 'closed',
    closedAt: issue.closed ? issue.closed.iso : null,
    createdAt: issue.created.iso,
    updatedAt: issue.updated.iso,
    url: issueHtmlUrl(urls, issue),
    resourcePath: `/${issue.repo.owner.login}/${issue.repo.name}/issues/${issue.number}`,
    locked: false,
    author: () => ownerSource(context, issue.author),
    labels: (args: ConnectionArgs) =>
      connection('labels', issue.labels, args, (label) => labelSource(context, issue.repo, label)),
    assignees: (args: ConnectionArgs) =>
      connection('assignees', issue.assignees, args, (owner) => ownerSource(context, owner)),
    issueType: () => (issue.type ? issueTypeSource(issue.type) : null),
    parent: () => (issue.parent ? issueSource(context, issue.parent) : null),
    subIssues: (args: ConnectionArgs) =>
      connection('subIssues', issue.children, args, (child) => issueSource(context, child)),
    subIssuesSummary: () => {
      const summary = subIssuesSummary(issue);
      return { total: summary.total, completed: summary.completed, percentCompleted: summary.percent };
    },
    repository: () => repositorySource(context, issue.repo),
    projectItems: (args: ConnectionArgs & { includeArchived?: boolean | null }) => {
      const items = context.state.projects
        .itemsOfIssue(issue)
        .filter((item) => args.includeArchived !== false || item.archived === null);
      return connection('projectItems', items, args, (item) => itemSource(context, item));
    },
  };
}

interface IssuesArgs extends ConnectionArgs {
  states?: IssueState[] | null;
  labels?: string[] | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
  filterBy?: { since?: string | null; states?: string[] | null } | null;
}

export function repositorySource(context: GqlContext, repo: RepoRecord): Source {
  const nameWithOwner = `${repo.owner.login}/${repo.name}`;
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner,
    url: `${context.urls.html}/${nameWithOwner}`,
    isPrivate: repo.private,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    createdAt: repo.created.iso,
    updatedAt: repo.updated.iso,
    owner: () => ownerSource(context, repo.owner),
    issue: ({ number }: { number: number }) => {
      const slot = repo.slots.get(number);
      // A transferred issue is found at its old address too, like the REST redirect.
      return slot && slot.kind !== 'deleted' && !slot.issue.deleted ? issueSource(context, slot.issue) : null;
    },
    issues: (args: IssuesArgs) => {
      const states = (args.states ?? args.filterBy?.states ?? []).map((state) => state.toLowerCase());
      const since = args.filterBy?.since ? Date.parse(args.filterBy.since) : null;
      const list = repo.index.query({
        state: states.length === 1 ? (states[0] as IssueState) : 'all',
        since,
        sort: args.orderBy?.field === 'UPDATED_AT' ? 'updated' : 'created',
        direction: args.orderBy?.direction === 'DESC' ? 'desc' : 'asc',
        labels: (args.labels ?? []).map((name) => name.toLowerCase()),
      });
      return connection('issues', list, args, (issue) => issueSource(context, issue));
    },
  };
}
