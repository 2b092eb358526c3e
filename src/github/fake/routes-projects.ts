import { cursorLinks, decodeCursor, encodeCursor, linkHeader } from './pagination';
import { fieldJson, itemJson, projectApiUrl, projectJson } from './project-json';
import { projectValueProblem } from './project-store';
import { invalid, notFound } from './rest-answer';
import type { ProjectFieldRecord, ProjectFieldValue, ProjectItemRecord, ProjectRecord } from './fake-model';
import type { FakeContext, RestRequest, RestRoute } from './rest-route';

function resolveProject(request: RestRequest, context: FakeContext): ProjectRecord {
  const number = Number(request.params.project_number);
  const project = Number.isInteger(number)
    ? context.state.projects.find(request.params.org ?? '', number)
    : undefined;
  if (!project) throw notFound();
  return project;
}

function resolveItem(request: RestRequest, context: FakeContext): ProjectItemRecord {
  const project = resolveProject(request, context);
  const item = context.state.projects.itemsById.get(Number(request.params.item_id));
  if (!item || item.project !== project) throw notFound();
  return item;
}

/**
 * One page of a list ordered by id, by cursors (`after`, `before`), as GitHub pages Projects v2.
 * The cursor names the id of the last (or first) record already seen.
 */
function cursorPage<T extends { id: number }>(
  list: T[],
  query: URLSearchParams,
): { page: T[]; next: string | null; prev: string | null } {
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100);
  const after = query.get('after');
  const before = query.get('before');
  let start = 0;
  let end = list.length;
  if (after !== null) {
    const id = decodeCursor(after);
    if (id === null) throw invalid('ProjectV2', 'after', 'after is not a cursor');
    start = list.findIndex((record) => record.id > id);
    if (start < 0) start = list.length;
    end = Math.min(list.length, start + perPage);
  } else if (before !== null) {
    const id = decodeCursor(before);
    if (id === null) throw invalid('ProjectV2', 'before', 'before is not a cursor');
    end = list.findIndex((record) => record.id >= id);
    if (end < 0) end = list.length;
    start = Math.max(0, end - perPage);
  } else {
    end = Math.min(list.length, perPage);
  }
  const page = list.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];
  return {
    page,
    next: last && end < list.length ? encodeCursor(last.id) : null,
    prev: first && start > 0 ? encodeCursor(first.id) : null,
  };
}

/** `fields=1,2` or `fields[]=1&fields[]=2`; without either, GitHub gives the Title only. */
function requestedFields(project: ProjectRecord, query: URLSearchParams): ProjectFieldRecord[] {
  const ids = [...query.getAll('fields'), ...query.getAll('fields[]')]
    .flatMap((text) => text.split(','))
    .map((text) => Number(text.trim()))
    .filter((id) => Number.isInteger(id));
  if (ids.length === 0) return project.fields.filter((field) => field.dataType === 'title');
  return project.fields.filter((field) => ids.includes(field.id));
}

function patchItem(request: RestRequest, context: FakeContext) {
  const item = resolveItem(request, context);
  const updates = (request.body as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(updates))
    throw invalid('ProjectV2Item', 'fields', 'fields must be a list', 'missing_field');
  const planned: Array<{ field: ProjectFieldRecord; value: ProjectFieldValue | null }> = [];
  for (const update of updates as Array<{ id?: unknown; value?: unknown }>) {
    const field = item.project.fields.find((candidate) => candidate.id === update.id);
    if (!field)
      throw invalid('ProjectV2Item', 'fields', `${String(update.id)} is not a field of this project`);
    const value = update.value;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
      throw invalid('ProjectV2Item', 'fields', `the value for ${field.name} must be text, a number or null`);
    }
    const problem =
      field.dataType === 'title'
        ? 'Title cannot be set here'
        : value === null
          ? null
          : projectValueProblem(field, value);
    if (problem) throw invalid('ProjectV2Item', 'fields', problem);
    planned.push({ field, value });
  }
  // Every value was checked first, so a bad one changes nothing.
  for (const { field, value } of planned) {
    context.state.projects.setValue(item, field, value, request.actor);
  }
  return {
    status: 200,
    body: itemJson(
      context.urls,
      item,
      planned.map(({ field }) => field),
    ),
  };
}

export const projectRoutes: RestRoute[] = [
  {
    method: 'GET',
    template: '/orgs/{org}/projectsV2/{project_number}',
    handle: (request, context) => ({
      status: 200,
      body: projectJson(context.urls, resolveProject(request, context)),
    }),
  },
  {
    method: 'GET',
    template: '/orgs/{org}/projectsV2/{project_number}/fields',
    handle: (request, context) => {
      const project = resolveProject(request, context);
      const { page, next, prev } = cursorPage(project.fields, request.query);
      const link = cursorLinks(`${projectApiUrl(context.urls, project)}/fields`, request.query, next, prev);
      return {
        status: 200,
        body: page.map((field) => fieldJson(context.urls, project, field)),
        headers: linkHeader(link),
      };
    },
  },
  {
    method: 'GET',
    template: '/orgs/{org}/projectsV2/{project_number}/items',
    handle: (request, context) => {
      const project = resolveProject(request, context);
      const fields = requestedFields(project, request.query);
      const { page, next, prev } = cursorPage(project.items, request.query);
      const link = cursorLinks(`${projectApiUrl(context.urls, project)}/items`, request.query, next, prev);
      return {
        status: 200,
        body: page.map((item) => itemJson(context.urls, item, fields)),
        headers: linkHeader(link),
      };
    },
  },
  {
    method: 'GET',
    template: '/orgs/{org}/projectsV2/{project_number}/items/{item_id}',
    handle: (request, context) => {
      const item = resolveItem(request, context);
      return {
        status: 200,
        body: itemJson(context.urls, item, requestedFields(item.project, request.query)),
      };
    },
  },
  {
    method: 'PATCH',
    template: '/orgs/{org}/projectsV2/{project_number}/items/{item_id}',
    write: true,
    handle: patchItem,
  },
];
