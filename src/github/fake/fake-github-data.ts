import { changeIssue, createIssue, deleteIssue, transferIssue } from './issue-changes';
import { issueJson } from './issue-json';
import { linkSubIssue, unlinkSubIssue } from './sub-issue-links';
import type {
  FakeIssue,
  IssueRecord,
  IssueState,
  ProjectFieldType,
  ProjectItemRecord,
  StateReason,
} from './fake-model';
import type { FakeState } from './fake-state';
import type { IssueChange } from './issue-changes';
import type { WebhookRecorder } from './webhook-recorder';

export interface NewFakeIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  /** An issue type of the owner by name; made when the owner has none of that name. */
  type?: string | null;
  state?: IssueState;
  stateReason?: StateReason;
  assignees?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export interface FakeIssuePatch {
  title?: string;
  body?: string | null;
  labels?: string[];
  assignees?: string[];
  type?: string | null;
  state?: IssueState;
  stateReason?: StateReason;
}

export interface FakeProjectInfo {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  fields: Array<{
    id: number;
    nodeId: string;
    name: string;
    dataType: string;
    options: Array<{ id: string; name: string }>;
  }>;
}

function refOf(issue: IssueRecord): FakeIssue {
  return {
    id: issue.id,
    nodeId: issue.nodeId,
    number: issue.number,
    owner: issue.repo.owner.login,
    repo: issue.repo.name,
  };
}

/**
 * What tests do to the fake's state directly, as people would on github.com: every change is recorded
 * as the webhook GitHub would send (unless inside `silently`), and acted as `fake-actor`.
 */
export class FakeGitHubData {
  constructor(
    protected readonly state: FakeState,
    protected readonly recorder: WebhookRecorder,
  ) {}

  /** Runs `seed` without recording webhooks: for large fixtures (a delivery per issue adds up). */
  silently<T>(seed: () => T): T {
    const before = this.recorder.muted;
    this.recorder.muted = true;
    try {
      return seed();
    } finally {
      this.recorder.muted = before;
    }
  }

  /** Moves the fake's clock (updated_at, token expiry, rate-limit windows) forward. */
  advanceClock(ms: number): void {
    this.state.advanceClock(ms);
  }

  addOrg(login: string): void {
    this.state.owner(login, 'Organization');
  }

  addUser(login: string): void {
    this.state.owner(login, 'User');
  }

  addRepo(owner: string, name: string, options: { private?: boolean } = {}): { id: number; nodeId: string } {
    const repo = this.state.addRepo(owner, name, options);
    return { id: repo.id, nodeId: repo.nodeId };
  }

  renameRepo(owner: string, repo: string, newName: string): void {
    this.state.renameRepo(this.state.repo(owner, repo), newName, this.state.testActor);
  }

  addLabel(
    owner: string,
    repo: string,
    name: string,
    details: { color?: string; description?: string } = {},
  ): void {
    this.state.label(this.state.repo(owner, repo), name, details);
  }

  addIssueType(org: string, name: string, description: string | null = null): { id: number; nodeId: string } {
    const type = this.state.issueType(this.state.owner(org), name, description);
    return { id: type.id, nodeId: type.nodeId };
  }

  addIssue(owner: string, repo: string, input: NewFakeIssue): FakeIssue {
    const record = this.state.repo(owner, repo);
    const issue = createIssue(
      this.state,
      record,
      {
        ...this.change(record, input),
        title: input.title,
        createdAt: input.createdAt,
        updatedAt: input.updatedAt,
      },
      this.state.testActor,
    );
    return refOf(issue);
  }

  /** The issue as GET /repos/…/issues/N would give it (following a transfer); null once deleted. */
  getIssue(ref: FakeIssue): Record<string, unknown> | null {
    const issue = this.find(ref);
    return issue ? issueJson(this.state.urls, issue) : null;
  }

  editIssue(ref: FakeIssue, patch: FakeIssuePatch): void {
    const issue = this.issue(ref);
    changeIssue(this.state, issue, this.change(issue.repo, patch), this.state.testActor);
  }

  closeIssue(ref: FakeIssue, reason: Exclude<StateReason, 'reopened' | null> = 'completed'): void {
    this.editIssue(ref, { state: 'closed', stateReason: reason });
  }

  reopenIssue(ref: FakeIssue): void {
    this.editIssue(ref, { state: 'open' });
  }

  deleteIssue(ref: FakeIssue): void {
    deleteIssue(this.state, this.issue(ref), this.state.testActor);
  }

  /** Moves the issue; the answer is its new reference (new number, id and node id, as on GitHub). */
  transferIssue(ref: FakeIssue, toOwner: string, toRepo: string): FakeIssue {
    const moved = transferIssue(
      this.state,
      this.issue(ref),
      this.state.repo(toOwner, toRepo),
      this.state.testActor,
    );
    return refOf(moved);
  }

  addSubIssue(parent: FakeIssue, child: FakeIssue): void {
    const problem = linkSubIssue(this.state, this.issue(parent), this.issue(child), this.state.testActor);
    if (problem) throw new Error(`fake GitHub: ${problem}`);
  }

  removeSubIssue(parent: FakeIssue, child: FakeIssue): void {
    if (!unlinkSubIssue(this.state, this.issue(parent), this.issue(child), this.state.testActor)) {
      throw new Error('fake GitHub: not a sub-issue of that parent');
    }
  }

  addProject(
    org: string,
    input: {
      number: number;
      title: string;
      fields: Array<{ name: string; dataType: ProjectFieldType; options?: string[] }>;
    },
  ): FakeProjectInfo {
    this.state.projects.add(this.state.owner(org), input);
    return this.project(org, input.number);
  }

  /** The project's ids, for tests that build requests (field ids, option ids). */
  project(org: string, number: number): FakeProjectInfo {
    const project = this.state.projects.find(org, number);
    if (!project) throw new Error(`fake GitHub: no project ${org}#${number}`);
    return {
      id: project.id,
      nodeId: project.nodeId,
      number: project.number,
      title: project.title,
      fields: project.fields.map((field) => ({
        id: field.id,
        nodeId: field.nodeId,
        name: field.name,
        dataType: field.dataType,
        options: field.options.map((option) => ({ id: option.id, name: option.name })),
      })),
    };
  }

  addProjectItem(org: string, number: number, ref: FakeIssue): number {
    const project = this.state.projects.find(org, number);
    if (!project) throw new Error(`fake GitHub: no project ${org}#${number}`);
    return this.state.projects.addItem(project, this.issue(ref), this.state.testActor).id;
  }

  /** Sets a field by name; a single-select takes the option's name; null clears. */
  setItemField(
    org: string,
    number: number,
    ref: FakeIssue,
    fieldName: string,
    value: string | number | null,
  ): void {
    const item = this.item(org, number, ref);
    const field = item.project.fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`fake GitHub: project ${org}#${number} has no field ${fieldName}`);
    let stored = value;
    if (field.dataType === 'single_select' && value !== null) {
      const option = field.options.find((candidate) => candidate.name === value);
      if (!option) throw new Error(`fake GitHub: ${fieldName} has no option ${String(value)}`);
      stored = option.id;
    }
    const problem = this.state.projects.setValue(item, field, stored, this.state.testActor);
    if (problem) throw new Error(`fake GitHub: ${problem}`);
  }

  removeProjectItem(org: string, number: number, ref: FakeIssue): void {
    this.state.projects.remove(this.item(org, number, ref), this.state.testActor);
  }

  archiveProjectItem(org: string, number: number, ref: FakeIssue, archived = true): void {
    this.state.projects.setArchived(this.item(org, number, ref), archived, this.state.testActor);
  }

  private item(org: string, number: number, ref: FakeIssue): ProjectItemRecord {
    const project = this.state.projects.find(org, number);
    const item = project && this.state.projects.itemOf(project, this.issue(ref));
    if (!item) throw new Error(`fake GitHub: issue #${ref.number} is not on project ${org}#${number}`);
    return item;
  }

  /** The issue a reference names, following a transfer; undefined once deleted. */
  private find(ref: FakeIssue): IssueRecord | undefined {
    const found = this.state.findRepo(ref.owner, ref.repo);
    const slot = found?.repo.slots.get(ref.number);
    if (!slot || slot.kind === 'deleted' || slot.issue.deleted) return undefined;
    return slot.issue;
  }

  private issue(ref: FakeIssue): IssueRecord {
    const issue = this.find(ref);
    if (!issue) throw new Error(`fake GitHub: no issue ${ref.owner}/${ref.repo}#${ref.number}`);
    return issue;
  }

  private change(repo: IssueRecord['repo'], patch: FakeIssuePatch): IssueChange {
    const { state } = this;
    return {
      ...(patch.title === undefined ? {} : { title: patch.title }),
      ...(patch.body === undefined ? {} : { body: patch.body }),
      ...(patch.state === undefined ? {} : { state: patch.state }),
      ...(patch.stateReason === undefined ? {} : { stateReason: patch.stateReason }),
      ...(patch.labels ? { labels: patch.labels.map((name) => state.label(repo, name)) } : {}),
      ...(patch.assignees ? { assignees: patch.assignees.map((login) => state.owner(login, 'User')) } : {}),
      ...(patch.type === undefined
        ? {}
        : { type: patch.type === null ? null : state.issueType(repo.owner, patch.type) }),
    };
  }
}
