import { issueHtmlUrl, issueJson } from './issue-json';
import type { ProjectFieldRecord, ProjectItemRecord, ProjectOptionRecord, ProjectRecord } from './fake-model';
import type { FakeUrls } from './fake-urls';

export function projectApiUrl(urls: FakeUrls, project: ProjectRecord): string {
  return `${urls.api}/orgs/${project.owner.login}/projectsV2/${project.number}`;
}

export function projectJson(urls: FakeUrls, project: ProjectRecord): Record<string, unknown> {
  return {
    id: project.id,
    node_id: project.nodeId,
    owner: project.owner.json,
    creator: project.owner.json,
    title: project.title,
    description: null,
    public: false,
    closed_at: null,
    created_at: project.created.iso,
    updated_at: project.updated.iso,
    number: project.number,
    short_description: null,
    deleted_at: null,
    deleted_by: null,
    state: 'open',
    is_template: false,
  };
}

function optionJson(option: ProjectOptionRecord): Record<string, unknown> {
  return {
    id: option.id,
    name: { raw: option.name, html: option.name },
    color: option.color,
    description: { raw: option.description, html: option.description },
  };
}

export function fieldJson(
  urls: FakeUrls,
  project: ProjectRecord,
  field: ProjectFieldRecord,
): Record<string, unknown> {
  return {
    id: field.id,
    node_id: field.nodeId,
    project_url: projectApiUrl(urls, project),
    name: field.name,
    data_type: field.dataType,
    ...(field.dataType === 'single_select' ? { options: field.options.map(optionJson) } : {}),
    created_at: field.created.iso,
    updated_at: field.created.iso,
  };
}

/**
 * A field value as the items endpoint gives it: the Title as GitHub's object, a single-select as its
 * option, text, numbers and dates as themselves (the OpenAPI leaves these open), null when unset.
 */
function valueJson(urls: FakeUrls, item: ProjectItemRecord, field: ProjectFieldRecord): unknown {
  if (field.dataType === 'title') {
    const { issue } = item;
    return {
      raw: issue.title,
      html: issue.title,
      number: issue.number,
      url: issueHtmlUrl(urls, issue),
      issue_id: issue.id,
      state: issue.state,
      state_reason: issue.stateReason,
      is_draft: false,
    };
  }
  const value = item.values.get(field.id);
  if (value === undefined) return null;
  if (field.dataType === 'single_select') {
    const option = field.options.find((candidate) => candidate.id === value);
    return option ? optionJson(option) : null;
  }
  return value;
}

export function itemJson(
  urls: FakeUrls,
  item: ProjectItemRecord,
  fields: ProjectFieldRecord[],
): Record<string, unknown> {
  const projectUrl = projectApiUrl(urls, item.project);
  return {
    id: item.id,
    node_id: item.nodeId,
    project_url: projectUrl,
    content_type: 'Issue',
    content: issueJson(urls, item.issue),
    creator: item.project.owner.json,
    created_at: item.created.iso,
    updated_at: item.updated.iso,
    archived_at: item.archived ? item.archived.iso : null,
    item_url: `${projectUrl}/items/${item.id}`,
    fields: fields.map((field) => ({
      id: field.id,
      name: field.name,
      data_type: field.dataType,
      value: valueJson(urls, item, field),
    })),
  };
}
