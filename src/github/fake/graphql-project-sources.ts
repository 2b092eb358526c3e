import { connection } from './graphql-connection';
import { issueSource, ownerSource } from './graphql-sources';
import type { ConnectionArgs } from './graphql-connection';
import type { GqlContext, Source } from './graphql-sources';
import type { ProjectFieldRecord, ProjectItemRecord, ProjectRecord } from './fake-model';

export function projectSource(context: GqlContext, project: ProjectRecord): Source {
  return {
    __typename: 'ProjectV2',
    id: project.nodeId,
    databaseId: project.id,
    fullDatabaseId: String(project.id),
    number: project.number,
    title: project.title,
    shortDescription: null,
    readme: null,
    public: false,
    closed: false,
    closedAt: null,
    template: false,
    createdAt: project.created.iso,
    updatedAt: project.updated.iso,
    url: `${context.urls.html}/orgs/${project.owner.login}/projects/${project.number}`,
    resourcePath: `/orgs/${project.owner.login}/projects/${project.number}`,
    owner: () => ownerSource(context, project.owner),
    field: ({ name }: { name: string }) => {
      const field = project.fields.find((candidate) => candidate.name === name);
      return field ? fieldSource(context, project, field) : null;
    },
    fields: (args: ConnectionArgs) =>
      connection('fields', project.fields, args, (field) => fieldSource(context, project, field)),
    items: (args: ConnectionArgs & { archivedStates?: string[] | null }) => {
      const states = args.archivedStates ?? ['ARCHIVED', 'NOT_ARCHIVED'];
      const items = project.items.filter((item) =>
        states.includes(item.archived ? 'ARCHIVED' : 'NOT_ARCHIVED'),
      );
      return connection('items', items, args, (item) => itemSource(context, item));
    },
  };
}

export function fieldSource(context: GqlContext, project: ProjectRecord, field: ProjectFieldRecord): Source {
  return {
    __typename: field.dataType === 'single_select' ? 'ProjectV2SingleSelectField' : 'ProjectV2Field',
    id: field.nodeId,
    databaseId: field.id,
    name: field.name,
    dataType: field.dataType.toUpperCase(),
    createdAt: field.created.iso,
    updatedAt: field.created.iso,
    project: () => projectSource(context, project),
    options: ({ names }: { names?: string[] | null }) =>
      field.options
        .filter((option) => !names || names.includes(option.name))
        .map((option) => ({
          id: option.id,
          name: option.name,
          nameHTML: option.name,
          color: option.color,
          description: option.description,
          descriptionHTML: option.description,
        })),
  };
}

/** One field's value on an item, as GitHub's typed value objects; null when the item has none. */
function valueSource(context: GqlContext, item: ProjectItemRecord, field: ProjectFieldRecord): Source | null {
  const common: Source = {
    id: `PVTFV_${Buffer.from(`${item.id}:${field.id}`).toString('base64url')}`,
    databaseId: field.id,
    createdAt: item.created.iso,
    updatedAt: item.updated.iso,
    creator: () => ownerSource(context, item.project.owner),
    field: () => fieldSource(context, item.project, field),
    item: () => itemSource(context, item),
  };
  if (field.dataType === 'title')
    return { ...common, __typename: 'ProjectV2ItemFieldTextValue', text: item.issue.title };
  const value = item.values.get(field.id);
  if (value === undefined) return null;
  switch (field.dataType) {
    case 'text':
      return { ...common, __typename: 'ProjectV2ItemFieldTextValue', text: value };
    case 'number':
      return { ...common, __typename: 'ProjectV2ItemFieldNumberValue', number: value };
    case 'date':
      return { ...common, __typename: 'ProjectV2ItemFieldDateValue', date: value };
    case 'single_select': {
      const option = field.options.find((candidate) => candidate.id === value);
      return {
        ...common,
        __typename: 'ProjectV2ItemFieldSingleSelectValue',
        optionId: option?.id ?? null,
        name: option?.name ?? null,
        nameHTML: option?.name ?? null,
        color: option?.color ?? 'GRAY',
        description: option?.description ?? null,
        descriptionHTML: option?.description ?? null,
      };
    }
  }
}

export function itemSource(context: GqlContext, item: ProjectItemRecord): Source {
  return {
    __typename: 'ProjectV2Item',
    id: item.nodeId,
    databaseId: item.id,
    fullDatabaseId: String(item.id),
    type: 'ISSUE',
    isArchived: item.archived !== null,
    createdAt: item.created.iso,
    updatedAt: item.updated.iso,
    creator: () => ownerSource(context, item.project.owner),
    content: () => issueSource(context, item.issue),
    project: () => projectSource(context, item.project),
    fieldValueByName: ({ name }: { name: string }) => {
      const field = item.project.fields.find((candidate) => candidate.name === name);
      return field ? valueSource(context, item, field) : null;
    },
    fieldValues: (args: ConnectionArgs) => {
      const values = item.project.fields.flatMap((field) => valueSource(context, item, field) ?? []);
      return connection('fieldValues', values, args, (value) => value);
    },
  };
}
