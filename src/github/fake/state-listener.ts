import type {
  Actor,
  IssueRecord,
  IssueTypeRecord,
  LabelRecord,
  ProjectItemRecord,
  RepoRecord,
} from './fake-model';

/** A project field change, as the `projects_v2_item.edited` payload reports it. */
export interface FieldValueChange {
  fieldNodeId: string;
  fieldType: string;
  fieldName: string;
  projectNumber: number;
  from: unknown;
  to: unknown;
}

/** When an item is archived or restored: its archived_at before. */
export interface ArchiveChange {
  archivedFrom: string | null;
}

/**
 * What the state tells about each change, at the moment it happens, so webhook payloads carry the
 * state of that moment (and a transfer's payload the issue as it was before).
 */
export interface StateListener {
  issueChanged(
    action:
      'opened' | 'edited' | 'closed' | 'reopened' | 'deleted' | 'labeled' | 'unlabeled' | 'typed' | 'untyped',
    issue: IssueRecord,
    actor: Actor,
    extra?: { changes?: Record<string, unknown>; label?: LabelRecord; type?: IssueTypeRecord },
  ): void;
  /** `before` is the issue's JSON and repository as they were before the move. */
  issueTransferred(
    before: { issue: Record<string, unknown>; repo: RepoRecord },
    after: IssueRecord,
    actor: Actor,
  ): void;
  subIssueLinked(action: 'added' | 'removed', parent: IssueRecord, child: IssueRecord, actor: Actor): void;
  projectItemChanged(
    action: 'created' | 'edited' | 'deleted' | 'archived' | 'restored',
    item: ProjectItemRecord,
    actor: Actor,
    change?: FieldValueChange | ArchiveChange,
  ): void;
  repositoryRenamed(repo: RepoRecord, from: string, actor: Actor): void;
}
