import { issueJson } from './issue-json';
import { stampOf } from './fake-model';
import type {
  Actor,
  IssueRecord,
  IssueState,
  IssueTypeRecord,
  LabelRecord,
  OwnerRecord,
  RepoRecord,
  StateReason,
} from './fake-model';
import type { FakeState } from './fake-state';

export interface NewIssue {
  title: string;
  body?: string | null;
  labels?: LabelRecord[];
  assignees?: OwnerRecord[];
  type?: IssueTypeRecord | null;
  state?: IssueState;
  stateReason?: StateReason;
  /** ISO times, for seeding history; both default to now. */
  createdAt?: string;
  updatedAt?: string;
}

export interface IssueChange {
  title?: string;
  body?: string | null;
  state?: IssueState;
  stateReason?: StateReason;
  labels?: LabelRecord[];
  assignees?: OwnerRecord[];
  type?: IssueTypeRecord | null;
}

function parseTime(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`fake GitHub: ${text} is not a time`);
  return ms;
}

export function createIssue(state: FakeState, repo: RepoRecord, input: NewIssue, actor: Actor): IssueRecord {
  const id = state.ids.id();
  const now = state.nowMs();
  const created = stampOf(parseTime(input.createdAt, now));
  const updated = stampOf(Math.max(parseTime(input.updatedAt, created.ms), created.ms));
  const closedState = (input.state ?? 'open') === 'closed';
  const issue: IssueRecord = {
    id,
    nodeId: state.ids.nodeId('I', id),
    repo,
    number: repo.nextNumber,
    title: input.title,
    body: input.body ?? null,
    state: closedState ? 'closed' : 'open',
    stateReason: closedState ? (input.stateReason ?? 'completed') : (input.stateReason ?? null),
    labels: input.labels ?? [],
    assignees: input.assignees ?? [],
    type: input.type ?? null,
    author: actor,
    created,
    updated,
    closed: closedState ? updated : null,
    parent: null,
    children: [],
    deleted: false,
  };
  repo.nextNumber += 1;
  state.registerIssue(issue);
  state.listener.issueChanged('opened', issue, actor);
  return issue;
}

function sameMembers<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/**
 * Applies a change as GitHub does: updated_at moves only when something changed, and each kind of
 * change is its own webhook (edited, labeled/unlabeled per label, typed/untyped, closed/reopened).
 */
export function changeIssue(
  state: FakeState,
  issue: IssueRecord,
  change: IssueChange,
  actor: Actor,
): boolean {
  const previousUpdated = issue.updated.ms;
  const now = state.now();
  const edits: Record<string, { from: string }> = {};
  if (change.title !== undefined && change.title !== issue.title) {
    edits.title = { from: issue.title };
    issue.title = change.title;
  }
  if (change.body !== undefined && change.body !== issue.body) {
    edits.body = { from: issue.body ?? '' };
    issue.body = change.body;
  }
  const added = (change.labels ?? issue.labels).filter((label) => !issue.labels.includes(label));
  const removed = issue.labels.filter((label) => change.labels && !change.labels.includes(label));
  if (change.labels) issue.labels = [...change.labels];
  const assigneesChanged = change.assignees !== undefined && !sameMembers(change.assignees, issue.assignees);
  if (change.assignees) issue.assignees = [...change.assignees];
  const previousType = issue.type;
  const typeChanged = change.type !== undefined && change.type !== issue.type;
  if (change.type !== undefined) issue.type = change.type;
  const stateAction = applyState(issue, change, now);

  const changed =
    Object.keys(edits).length > 0 ||
    added.length + removed.length > 0 ||
    assigneesChanged ||
    typeChanged ||
    stateAction !== null;
  if (!changed) return false;
  issue.updated = now;
  issue.repo.index.changed(issue, previousUpdated);
  if (Object.keys(edits).length > 0) state.listener.issueChanged('edited', issue, actor, { changes: edits });
  for (const label of added) state.listener.issueChanged('labeled', issue, actor, { label });
  for (const label of removed) state.listener.issueChanged('unlabeled', issue, actor, { label });
  if (typeChanged && previousType && !issue.type) {
    state.listener.issueChanged('untyped', issue, actor, { type: previousType });
  }
  if (typeChanged && issue.type) state.listener.issueChanged('typed', issue, actor);
  if (stateAction) state.listener.issueChanged(stateAction, issue, actor);
  return true;
}

function applyState(
  issue: IssueRecord,
  change: IssueChange,
  now: ReturnType<FakeState['now']>,
): 'closed' | 'reopened' | 'edited' | null {
  const target = change.state ?? issue.state;
  if (target === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.stateReason = change.stateReason ?? 'completed';
    issue.closed = now;
    issue.repo.openIssues -= 1;
    return 'closed';
  }
  if (target === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.stateReason = 'reopened';
    issue.closed = null;
    issue.repo.openIssues += 1;
    return 'reopened';
  }
  if (
    change.stateReason !== undefined &&
    change.stateReason !== issue.stateReason &&
    issue.state === 'closed'
  ) {
    // A new reason on a closed issue: GitHub records it without reopening.
    issue.stateReason = change.stateReason;
    return 'edited';
  }
  return null;
}

/** Deletes as GitHub does: the number answers 410, sub-issue links and project items go away. */
export function deleteIssue(state: FakeState, issue: IssueRecord, actor: Actor): void {
  state.listener.issueChanged('deleted', issue, actor);
  state.projects.removeItemsOf(issue, actor);
  if (issue.parent) issue.parent.children = issue.parent.children.filter((child) => child !== issue);
  for (const child of issue.children) child.parent = null;
  issue.parent = null;
  issue.children = [];
  state.unregisterIssue(issue);
  issue.deleted = true;
  issue.repo.slots.set(issue.number, { kind: 'deleted' });
}

/**
 * Moves an issue to another repository. GitHub gives the moved issue a new number, a new database id
 * and so a new node id (the old node id resolves to nothing); the old address answers 301 to the new
 * one. Labels whose names exist in the target are kept, the others dropped, as GitHub does; the issue
 * type is kept only within the same owner. Sub-issue links and project items follow the issue.
 */
export function transferIssue(
  state: FakeState,
  issue: IssueRecord,
  target: RepoRecord,
  actor: Actor,
): IssueRecord {
  if (target === issue.repo)
    throw new Error('fake GitHub: an issue cannot be transferred to its own repository');
  const before = { issue: issueJson(state.urls, issue), repo: issue.repo };
  state.unregisterIssue(issue);
  issue.repo.slots.set(issue.number, { kind: 'moved', issue });
  const sameOwner = target.owner === issue.repo.owner;
  const id = state.ids.id();
  issue.id = id;
  issue.nodeId = state.ids.nodeId('I', id);
  issue.repo = target;
  issue.number = target.nextNumber;
  target.nextNumber += 1;
  issue.labels = issue.labels.flatMap((label) => target.labels.get(label.name.toLowerCase()) ?? []);
  if (!sameOwner)
    issue.type = issue.type ? (state.findIssueType(target.owner, issue.type.name) ?? null) : null;
  issue.updated = state.now();
  state.registerIssue(issue);
  state.listener.issueTransferred(before, issue, actor);
  return issue;
}
