import { issueJson, issueTypeJson, labelJson, repoApiUrl } from './issue-json';
import { organizationJson } from './owner-json';
import { repositoryJson } from './repository-json';
import type {
  Actor,
  IssueRecord,
  LabelRecord,
  OwnerRecord,
  ProjectItemRecord,
  RepoRecord,
} from './fake-model';
import type { FakeUrls } from './fake-urls';
import type { ArchiveChange, FieldValueChange, StateListener } from './state-listener';
import type { WebhookRecorder } from './webhook-recorder';

export interface WebhookEmitterOptions {
  urls: FakeUrls;
  recorder: WebhookRecorder;
  /** The app's installation on an owner, named in payloads as GitHub does for app webhooks. */
  installationFor: (owner: OwnerRecord) => { id: number; node_id: string } | null;
  /** Called with each payload before it is recorded, to check it against GitHub's schema. */
  inspect: (key: string, payload: Record<string, unknown>) => void;
}

/** Turns each state change into the payload GitHub would send, and records it as a delivery. */
export class WebhookEmitter implements StateListener {
  constructor(private readonly options: WebhookEmitterOptions) {}

  issueChanged(
    action: Parameters<StateListener['issueChanged']>[0],
    issue: IssueRecord,
    actor: Actor,
    extra: Parameters<StateListener['issueChanged']>[3] = {},
  ): void {
    if (this.options.recorder.muted) return;
    const payload: Record<string, unknown> = { action, issue: issueJson(this.options.urls, issue) };
    if (action === 'edited') payload.changes = extra.changes ?? {};
    if (extra.label) payload.label = this.label(issue.repo, extra.label);
    if (action === 'typed' && issue.type) payload.type = issueTypeJson(issue.type);
    if (action === 'untyped' && extra.type) payload.type = issueTypeJson(extra.type);
    this.emit('issues', action, payload, issue.repo, actor);
  }

  issueTransferred(
    before: { issue: Record<string, unknown>; repo: RepoRecord },
    after: IssueRecord,
    actor: Actor,
  ): void {
    if (this.options.recorder.muted) return;
    const { urls } = this.options;
    const payload = {
      action: 'transferred',
      changes: { new_issue: issueJson(urls, after), new_repository: repositoryJson(urls, after.repo) },
      issue: before.issue,
    };
    this.emit('issues', 'transferred', payload, before.repo, actor);
  }

  subIssueLinked(action: 'added' | 'removed', parent: IssueRecord, child: IssueRecord, actor: Actor): void {
    if (this.options.recorder.muted) return;
    const { urls } = this.options;
    const both = {
      parent_issue_id: parent.id,
      parent_issue: issueJson(urls, parent),
      sub_issue_id: child.id,
      sub_issue: issueJson(urls, child),
    };
    // GitHub tells the parent's repository of its new sub-issue, and the child's of its new parent.
    this.emit(
      'sub_issues',
      `sub_issue_${action}`,
      { action: `sub_issue_${action}`, ...both, sub_issue_repo: repositoryJson(urls, child.repo) },
      parent.repo,
      actor,
    );
    this.emit(
      'sub_issues',
      `parent_issue_${action}`,
      { action: `parent_issue_${action}`, ...both, parent_issue_repo: repositoryJson(urls, parent.repo) },
      child.repo,
      actor,
    );
  }

  projectItemChanged(
    action: 'created' | 'edited' | 'deleted' | 'archived' | 'restored',
    item: ProjectItemRecord,
    actor: Actor,
    change?: FieldValueChange | ArchiveChange,
  ): void {
    if (this.options.recorder.muted) return;
    const payload: Record<string, unknown> = {
      action,
      projects_v2_item: {
        id: item.id,
        node_id: item.nodeId,
        project_node_id: item.project.nodeId,
        content_node_id: item.issue.nodeId,
        content_type: 'Issue',
        creator: actor.json,
        created_at: item.created.iso,
        updated_at: item.updated.iso,
        archived_at: item.archived ? item.archived.iso : null,
      },
    };
    if (change && 'archivedFrom' in change) {
      payload.changes = {
        archived_at: { from: change.archivedFrom, to: item.archived ? item.archived.iso : null },
      };
    } else if (change) {
      payload.changes = {
        field_value: {
          field_node_id: change.fieldNodeId,
          field_type: change.fieldType,
          field_name: change.fieldName,
          project_number: change.projectNumber,
          from: this.fieldValue(item, change, change.from),
          to: this.fieldValue(item, change, change.to),
        },
      };
    }
    this.emit('projects_v2_item', action, payload, null, actor, item.project.owner);
  }

  repositoryRenamed(repo: RepoRecord, from: string, actor: Actor): void {
    if (this.options.recorder.muted) return;
    this.emit(
      'repository',
      'renamed',
      { action: 'renamed', changes: { repository: { name: { from } } } },
      repo,
      actor,
    );
  }

  private label(repo: RepoRecord, label: LabelRecord): Record<string, unknown> {
    return labelJson(repoApiUrl(this.options.urls, repo), label);
  }

  /**
   * A single-select value goes out as the option; a number that is not whole as text, since the
   * payload schema admits only integers or strings there (what GitHub sends for 2.5 is not documented).
   */
  private fieldValue(item: ProjectItemRecord, change: FieldValueChange, value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (change.fieldType === 'single_select') {
      const field = item.project.fields.find((candidate) => candidate.nodeId === change.fieldNodeId);
      const option = field?.options.find((candidate) => candidate.id === value);
      return option
        ? { id: option.id, name: option.name, color: option.color, description: option.description }
        : null;
    }
    if (typeof value === 'number' && !Number.isInteger(value)) return String(value);
    return value;
  }

  private emit(
    event: string,
    action: string,
    payload: Record<string, unknown>,
    repo: RepoRecord | null,
    actor: Actor,
    ownerOverride?: OwnerRecord,
  ): void {
    const { urls, recorder, installationFor, inspect } = this.options;
    const owner = ownerOverride ?? repo?.owner;
    if (repo) payload.repository = repositoryJson(urls, repo);
    if (owner?.type === 'Organization') payload.organization = organizationJson(urls, owner);
    payload.sender = actor.json;
    const installation = owner ? installationFor(owner) : null;
    if (installation) payload.installation = installation;
    inspect(`${event}.${action}`, payload);
    recorder.record(event, action, payload);
  }
}
