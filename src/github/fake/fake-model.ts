import type { IssueIndex } from './issue-index';

/**
 * The fake GitHub's state as records. Times are kept twice, as epoch milliseconds (to compare and
 * sort) and as GitHub's ISO text without milliseconds (so building an answer formats nothing).
 */

export interface Stamp {
  ms: number;
  iso: string;
}

export interface OwnerRecord {
  login: string;
  id: number;
  nodeId: string;
  type: 'Organization' | 'User' | 'Bot';
  /** The simple-user JSON, built once: every issue answer repeats it. */
  json: Record<string, unknown>;
}

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface IssueTypeRecord {
  id: number;
  nodeId: string;
  name: string;
  color: 'gray' | 'blue' | 'green' | 'yellow' | 'orange' | 'red' | 'pink' | 'purple';
  description: string | null;
  created: Stamp;
}

export interface RepoRecord {
  id: number;
  nodeId: string;
  owner: OwnerRecord;
  name: string;
  private: boolean;
  created: Stamp;
  updated: Stamp;
  /** Every number ever used here: the live issue, or where it went (transfer), or that it was deleted. */
  slots: Map<number, IssueSlot>;
  nextNumber: number;
  /** Kept as issues open and close, so `open_issues_count` needs no scan of a large repository. */
  openIssues: number;
  /** Lower-case name → label. */
  labels: Map<string, LabelRecord>;
  index: IssueIndex;
}

export type IssueSlot =
  { kind: 'live'; issue: IssueRecord } | { kind: 'moved'; issue: IssueRecord } | { kind: 'deleted' };

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;

export interface IssueRecord {
  id: number;
  nodeId: string;
  repo: RepoRecord;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: StateReason;
  labels: LabelRecord[];
  assignees: OwnerRecord[];
  type: IssueTypeRecord | null;
  author: OwnerRecord;
  created: Stamp;
  updated: Stamp;
  closed: Stamp | null;
  parent: IssueRecord | null;
  children: IssueRecord[];
  deleted: boolean;
}

export type ProjectFieldType = 'text' | 'number' | 'date' | 'single_select';

export interface ProjectOptionRecord {
  id: string;
  name: string;
  color: string;
  description: string;
}

export interface ProjectFieldRecord {
  id: number;
  nodeId: string;
  name: string;
  dataType: ProjectFieldType | 'title';
  options: ProjectOptionRecord[];
  created: Stamp;
}

/** A stored field value: text, a number, a `YYYY-MM-DD` date, or a single-select option id. */
export type ProjectFieldValue = string | number;

export interface ProjectItemRecord {
  id: number;
  nodeId: string;
  project: ProjectRecord;
  issue: IssueRecord;
  values: Map<number, ProjectFieldValue>;
  created: Stamp;
  updated: Stamp;
  archived: Stamp | null;
}

export interface ProjectRecord {
  id: number;
  nodeId: string;
  owner: OwnerRecord;
  number: number;
  title: string;
  fields: ProjectFieldRecord[];
  /** Ordered by id, which only grows, so cursors are ids and a binary search finds them. */
  items: ProjectItemRecord[];
  created: Stamp;
  updated: Stamp;
}

/** How tests name an issue; `id`/`nodeId` change when the issue is transferred, as on GitHub. */
export interface FakeIssue {
  id: number;
  nodeId: string;
  number: number;
  owner: string;
  repo: string;
}

/** Who made a change: a person in the test (`fake-actor`) or our app through the API. */
export type Actor = OwnerRecord;

export function stampOf(ms: number): Stamp {
  // GitHub keeps whole seconds.
  const whole = Math.floor(ms / 1000) * 1000;
  return { ms: whole, iso: new Date(whole).toISOString().replace('.000Z', 'Z') };
}
