import { randomBytes } from 'node:crypto';
import type {
  Actor,
  IssueRecord,
  OwnerRecord,
  ProjectFieldRecord,
  ProjectFieldType,
  ProjectFieldValue,
  ProjectItemRecord,
  ProjectRecord,
} from './fake-model';
import type { FakeState } from './fake-state';
import type { FieldValueChange } from './state-listener';

export interface NewProjectField {
  name: string;
  dataType: ProjectFieldType;
  /** Single-select option names. */
  options?: string[];
}

const OPTION_COLORS = ['GRAY', 'BLUE', 'GREEN', 'YELLOW', 'ORANGE', 'RED', 'PINK', 'PURPLE'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Organisation-level Projects (v2): their fields, items and field values. */
export class ProjectStore {
  private readonly projects = new Map<string, ProjectRecord>();
  readonly itemsById = new Map<number, ProjectItemRecord>();
  private readonly fieldProjects = new Map<ProjectFieldRecord, ProjectRecord>();

  constructor(private readonly state: FakeState) {}

  add(
    owner: OwnerRecord,
    input: { number: number; title: string; fields: NewProjectField[] },
  ): ProjectRecord {
    const key = `${owner.login.toLowerCase()}#${input.number}`;
    if (this.projects.has(key)) throw new Error(`fake GitHub: project ${key} exists`);
    const { ids } = this.state;
    const id = ids.id();
    const now = this.state.now();
    const project: ProjectRecord = {
      id,
      nodeId: ids.nodeId('PVT', id),
      owner,
      number: input.number,
      title: input.title,
      fields: [],
      items: [],
      created: now,
      updated: now,
    };
    // GitHub lists the built-in Title field with the project's own fields.
    const all: Array<{ name: string; dataType: ProjectFieldRecord['dataType']; options?: string[] }> = [
      { name: 'Title', dataType: 'title' },
      ...input.fields,
    ];
    for (const field of all) {
      const fieldId = ids.id();
      const record: ProjectFieldRecord = {
        id: fieldId,
        nodeId: ids.nodeId(field.dataType === 'single_select' ? 'PVTSSF' : 'PVTF', fieldId),
        name: field.name,
        dataType: field.dataType,
        options: (field.options ?? []).map((name, i) => ({
          id: randomBytes(4).toString('hex'),
          name,
          color: OPTION_COLORS[i % OPTION_COLORS.length] ?? 'GRAY',
          description: '',
        })),
        created: now,
      };
      project.fields.push(record);
      this.fieldProjects.set(record, project);
      this.state.nodes.set(record.nodeId, { kind: 'ProjectV2Field', record });
    }
    this.projects.set(key, project);
    this.state.nodes.set(project.nodeId, { kind: 'ProjectV2', record: project });
    return project;
  }

  find(ownerLogin: string, number: number): ProjectRecord | undefined {
    return this.projects.get(`${ownerLogin.toLowerCase()}#${number}`);
  }

  projectOfField(field: ProjectFieldRecord): ProjectRecord | undefined {
    return this.fieldProjects.get(field);
  }

  itemOf(project: ProjectRecord, issue: IssueRecord): ProjectItemRecord | undefined {
    return project.items.find((item) => item.issue === issue);
  }

  itemsOfIssue(issue: IssueRecord): ProjectItemRecord[] {
    const found: ProjectItemRecord[] = [];
    for (const project of this.projects.values()) {
      const item = this.itemOf(project, issue);
      if (item) found.push(item);
    }
    return found;
  }

  addItem(project: ProjectRecord, issue: IssueRecord, actor: Actor): ProjectItemRecord {
    const existing = this.itemOf(project, issue);
    if (existing) return existing;
    const id = this.state.ids.id();
    const now = this.state.now();
    const item: ProjectItemRecord = {
      id,
      nodeId: this.state.ids.nodeId('PVTI', id),
      project,
      issue,
      values: new Map(),
      created: now,
      updated: now,
      archived: null,
    };
    project.items.push(item);
    project.updated = now;
    this.itemsById.set(id, item);
    this.state.nodes.set(item.nodeId, { kind: 'ProjectV2Item', record: item });
    this.state.listener.projectItemChanged('created', item, actor);
    return item;
  }

  /** Sets (or with null clears) a value; returns why it cannot, as GitHub's 422 would, or null. */
  setValue(
    item: ProjectItemRecord,
    field: ProjectFieldRecord,
    value: ProjectFieldValue | null,
    actor: Actor,
  ): string | null {
    const problem = value === null ? null : projectValueProblem(field, value);
    if (problem) return problem;
    if (field.dataType === 'title') return 'The Title field is the issue title; change the issue instead';
    const before = item.values.get(field.id) ?? null;
    if (before === value) return null;
    if (value === null) item.values.delete(field.id);
    else item.values.set(field.id, value);
    item.updated = this.state.now();
    item.project.updated = item.updated;
    const change: FieldValueChange = {
      fieldNodeId: field.nodeId,
      fieldType: field.dataType,
      fieldName: field.name,
      projectNumber: item.project.number,
      from: before,
      to: value,
    };
    this.state.listener.projectItemChanged('edited', item, actor, change);
    return null;
  }

  remove(item: ProjectItemRecord, actor: Actor): void {
    const { items } = item.project;
    const at = items.indexOf(item);
    if (at < 0) return;
    this.state.listener.projectItemChanged('deleted', item, actor);
    items.splice(at, 1);
    this.itemsById.delete(item.id);
    this.state.nodes.delete(item.nodeId);
  }

  setArchived(item: ProjectItemRecord, archived: boolean, actor: Actor): void {
    if ((item.archived !== null) === archived) return;
    const archivedFrom = item.archived ? item.archived.iso : null;
    item.archived = archived ? this.state.now() : null;
    item.updated = this.state.now();
    this.state.listener.projectItemChanged(archived ? 'archived' : 'restored', item, actor, { archivedFrom });
  }

  /** A deleted issue leaves every project, as on GitHub. */
  removeItemsOf(issue: IssueRecord, actor: Actor): void {
    for (const item of this.itemsOfIssue(issue)) this.remove(item, actor);
  }
}

/** Why a value does not fit a field, or null when it does. */
export function projectValueProblem(field: ProjectFieldRecord, value: ProjectFieldValue): string | null {
  switch (field.dataType) {
    case 'text':
      return typeof value === 'string' ? null : `${field.name} takes text`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `${field.name} takes a number`;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : `${field.name} takes a date as YYYY-MM-DD`;
    case 'single_select':
      return field.options.some((option) => option.id === value)
        ? null
        : `${String(value)} is not an option of ${field.name}`;
    case 'title':
      return null;
  }
}
