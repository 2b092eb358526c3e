import { GraphQLError, responsePathAsArray } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldSource, itemSource, projectSource } from './graphql-project-sources';
import { issueSource, issueTypeSource, ownerSource, repositorySource } from './graphql-sources';
import { projectValueProblem } from './project-store';
import { linkSubIssue, unlinkSubIssue } from './sub-issue-links';
import type { GqlContext, Source } from './graphql-sources';
import type { NodeEntry } from './fake-state';
import type { IssueRecord, ProjectFieldValue } from './fake-model';

/** Any node the fake knows, as its GraphQL source; null for what the fake does not expose. */
export function nodeSource(context: GqlContext, entry: NodeEntry): Source | null {
  switch (entry.kind) {
    case 'Issue':
      return issueSource(context, entry.record);
    case 'Repository':
      return repositorySource(context, entry.record);
    case 'Owner':
      return ownerSource(context, entry.record);
    case 'Label':
      // Labels are reached through their issues; no caller of ours looks one up by id.
      return null;
    case 'IssueType':
      return issueTypeSource(entry.record);
    case 'ProjectV2':
      return projectSource(context, entry.record);
    case 'ProjectV2Field': {
      const project = context.state.projects.projectOfField(entry.record);
      return project ? fieldSource(context, project, entry.record) : null;
    }
    case 'ProjectV2Item':
      return itemSource(context, entry.record);
  }
}

function notFound(context: GqlContext, info: GraphQLResolveInfo, id: string, extraPath: number[] = []): null {
  context.extraErrors.push({
    type: 'NOT_FOUND',
    path: [...responsePathAsArray(info.path), ...extraPath],
    locations: info.fieldNodes.map(
      (node) => node.loc && { line: node.loc.startToken.line, column: node.loc.startToken.column },
    ),
    message: `Could not resolve to a node with the global id of '${id}'.`,
  });
  return null;
}

function lookup(context: GqlContext, id: string): NodeEntry | undefined {
  return context.state.nodes.get(id);
}

function issueById(context: GqlContext, id: string | null | undefined, what: string): IssueRecord {
  const entry = id ? lookup(context, id) : undefined;
  if (entry?.kind !== 'Issue')
    throw new GraphQLError(`Could not resolve to an Issue with the id of '${String(id)}' (${what}).`);
  return entry.record;
}

export function queryRoot(context: GqlContext): Source {
  const { state } = context;
  return {
    __typename: 'Query',
    node: ({ id }: { id: string }, _context: unknown, info: GraphQLResolveInfo) => {
      const entry = lookup(context, id);
      const source = entry ? nodeSource(context, entry) : null;
      return source ?? notFound(context, info, id);
    },
    nodes: ({ ids }: { ids: string[] }, _context: unknown, info: GraphQLResolveInfo) =>
      ids.map((id, index) => {
        const entry = lookup(context, id);
        const source = entry ? nodeSource(context, entry) : null;
        return source ?? notFound(context, info, id, [index]);
      }),
    rateLimit: () => {
      const bucket = context.rateLimiter.bucket('graphql');
      return {
        cost: 1,
        limit: bucket.limit,
        remaining: bucket.remaining,
        used: bucket.used,
        nodeCount: 0,
        resetAt: new Date(bucket.reset * 1000).toISOString().replace('.000Z', 'Z'),
      };
    },
    repository: ({
      owner,
      name,
      followRenames,
    }: {
      owner: string;
      name: string;
      followRenames?: boolean | null;
    }) => {
      const found = state.findRepo(owner, name);
      if (!found || (found.moved && followRenames === false)) {
        throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, {
          extensions: { type: 'NOT_FOUND' },
        });
      }
      return repositorySource(context, found.repo);
    },
    organization: ({ login }: { login: string }) => {
      const owner = state.findOwner(login);
      if (owner?.type !== 'Organization') {
        throw new GraphQLError(`Could not resolve to an Organization with the login of '${login}'.`, {
          extensions: { type: 'NOT_FOUND' },
        });
      }
      return ownerSource(context, owner);
    },
    user: ({ login }: { login: string }) => {
      const owner = state.findOwner(login);
      return owner && owner.type === 'User' ? ownerSource(context, owner) : null;
    },
    viewer: () => ownerSource(context, context.actor),
  };
}

interface FieldValueInput {
  text?: string | null;
  number?: number | null;
  date?: string | null;
  singleSelectOptionId?: string | null;
  iterationId?: string | null;
}

function itemAndField(context: GqlContext, input: { projectId: string; itemId: string; fieldId: string }) {
  const project = lookup(context, input.projectId);
  const item = lookup(context, input.itemId);
  const field = lookup(context, input.fieldId);
  if (project?.kind !== 'ProjectV2')
    throw new GraphQLError(`Could not resolve to a ProjectV2 with the id of '${input.projectId}'.`);
  if (item?.kind !== 'ProjectV2Item' || item.record.project !== project.record) {
    throw new GraphQLError(
      `Could not resolve to a ProjectV2Item with the id of '${input.itemId}' in this project.`,
    );
  }
  if (field?.kind !== 'ProjectV2Field' || !project.record.fields.includes(field.record)) {
    throw new GraphQLError(`Could not resolve to a field with the id of '${input.fieldId}' in this project.`);
  }
  return { item: item.record, field: field.record };
}

export function mutationRoot(context: GqlContext): Source {
  const { state } = context;
  return {
    __typename: 'Mutation',
    addSubIssue: ({
      input,
    }: {
      input: {
        issueId: string;
        subIssueId?: string | null;
        replaceParent?: boolean | null;
        clientMutationId?: string | null;
      };
    }) => {
      const parent = issueById(context, input.issueId, 'issueId');
      const child = issueById(context, input.subIssueId, 'subIssueId');
      const problem = linkSubIssue(state, parent, child, context.actor, input.replaceParent === true);
      if (problem) throw new GraphQLError(problem, { extensions: { type: 'UNPROCESSABLE' } });
      return {
        clientMutationId: input.clientMutationId ?? null,
        issue: issueSource(context, parent),
        subIssue: issueSource(context, child),
      };
    },
    removeSubIssue: ({
      input,
    }: {
      input: { issueId: string; subIssueId: string; clientMutationId?: string | null };
    }) => {
      const parent = issueById(context, input.issueId, 'issueId');
      const child = issueById(context, input.subIssueId, 'subIssueId');
      if (!unlinkSubIssue(state, parent, child, context.actor)) {
        throw new GraphQLError('The issue is not a sub-issue of this parent.', {
          extensions: { type: 'UNPROCESSABLE' },
        });
      }
      return {
        clientMutationId: input.clientMutationId ?? null,
        issue: issueSource(context, parent),
        subIssue: issueSource(context, child),
      };
    },
    updateProjectV2ItemFieldValue: ({
      input,
    }: {
      input: {
        projectId: string;
        itemId: string;
        fieldId: string;
        value: FieldValueInput;
        clientMutationId?: string | null;
      };
    }) => {
      const { item, field } = itemAndField(context, input);
      const given = Object.entries(input.value).filter(([, value]) => value !== null && value !== undefined);
      if (given.length !== 1)
        throw new GraphQLError(
          'Give exactly one of text, number, date, singleSelectOptionId or iterationId.',
        );
      const value = (given[0] as [string, ProjectFieldValue])[1];
      const problem =
        field.dataType === 'title'
          ? 'The Title field cannot be updated here.'
          : projectValueProblem(field, value);
      if (problem) throw new GraphQLError(problem, { extensions: { type: 'UNPROCESSABLE' } });
      state.projects.setValue(item, field, value, context.actor);
      return { clientMutationId: input.clientMutationId ?? null, projectV2Item: itemSource(context, item) };
    },
    clearProjectV2ItemFieldValue: ({
      input,
    }: {
      input: { projectId: string; itemId: string; fieldId: string; clientMutationId?: string | null };
    }) => {
      const { item, field } = itemAndField(context, input);
      state.projects.setValue(item, field, null, context.actor);
      return { clientMutationId: input.clientMutationId ?? null, projectV2Item: itemSource(context, item) };
    },
    addProjectV2ItemById: ({
      input,
    }: {
      input: { projectId: string; contentId: string; clientMutationId?: string | null };
    }) => {
      const project = lookup(context, input.projectId);
      if (project?.kind !== 'ProjectV2')
        throw new GraphQLError(`Could not resolve to a ProjectV2 with the id of '${input.projectId}'.`);
      const issue = issueById(context, input.contentId, 'contentId');
      const item = state.projects.addItem(project.record, issue, context.actor);
      return { clientMutationId: input.clientMutationId ?? null, item: itemSource(context, item) };
    },
  };
}
