import { IdAllocator } from './id-allocator';
import { IssueIndex } from './issue-index';
import { ownerJson } from './owner-json';
import { ProjectStore } from './project-store';
import { stampOf } from './fake-model';
import type {
  Actor,
  IssueRecord,
  IssueTypeRecord,
  LabelRecord,
  OwnerRecord,
  ProjectFieldRecord,
  ProjectItemRecord,
  ProjectRecord,
  RepoRecord,
  Stamp,
} from './fake-model';
import type { FakeUrls } from './fake-urls';
import type { StateListener } from './state-listener';

export type NodeEntry =
  | { kind: 'Issue'; record: IssueRecord }
  | { kind: 'Repository'; record: RepoRecord }
  | { kind: 'Owner'; record: OwnerRecord }
  | { kind: 'Label'; record: LabelRecord }
  | { kind: 'IssueType'; record: IssueTypeRecord }
  | { kind: 'ProjectV2'; record: ProjectRecord }
  | { kind: 'ProjectV2Field'; record: ProjectFieldRecord }
  | { kind: 'ProjectV2Item'; record: ProjectItemRecord };

/** Where a repository path leads: the repository, or the one it was renamed to. */
export type RepoLookup = { repo: RepoRecord; moved: boolean } | null;

const ISSUE_TYPE_COLORS = ['gray', 'blue', 'green', 'yellow', 'orange', 'red', 'pink', 'purple'] as const;

/**
 * The registry of everything the fake knows: owners, repositories (and the names they had), labels,
 * issue types, issues by id, and every node id. Changes to issues and projects live in their own
 * modules (issue-changes, sub-issue-links, project-store) and tell the listener, which records
 * webhook deliveries.
 */
export class FakeState {
  readonly ids = new IdAllocator();
  readonly nodes = new Map<string, NodeEntry>();
  readonly issuesById = new Map<number, IssueRecord>();
  readonly projects = new ProjectStore(this);
  private readonly owners = new Map<string, OwnerRecord>();
  private readonly repos = new Map<string, RepoRecord>();
  private readonly formerNames = new Map<string, RepoRecord>();
  private readonly issueTypes = new Map<string, Map<string, IssueTypeRecord>>();
  private clockOffsetMs = 0;
  /** The person a test acts as when it changes the fake directly. */
  readonly testActor: Actor;
  /** Who writes through the API with an installation token or a personal token. */
  readonly appActor: Actor;
  readonly tokenActor: Actor;

  constructor(
    readonly urls: FakeUrls,
    readonly listener: StateListener,
  ) {
    this.testActor = this.owner('fake-actor', 'User');
    this.appActor = this.owner('fake-app[bot]', 'Bot');
    this.tokenActor = this.owner('fake-token-user', 'User');
  }

  now(): Stamp {
    return stampOf(Date.now() + this.clockOffsetMs);
  }

  nowMs(): number {
    return Date.now() + this.clockOffsetMs;
  }

  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  owner(login: string, type: OwnerRecord['type'] = 'Organization'): OwnerRecord {
    const existing = this.owners.get(login.toLowerCase());
    if (existing) return existing;
    const id = this.ids.id();
    const nodeId = this.ids.nodeId(type === 'Organization' ? 'O' : type === 'Bot' ? 'BOT' : 'U', id);
    const record: OwnerRecord = {
      login,
      id,
      nodeId,
      type,
      json: ownerJson(this.urls, login, id, nodeId, type),
    };
    this.owners.set(login.toLowerCase(), record);
    this.nodes.set(nodeId, { kind: 'Owner', record });
    return record;
  }

  findOwner(login: string): OwnerRecord | undefined {
    return this.owners.get(login.toLowerCase());
  }

  addRepo(ownerLogin: string, name: string, options: { private?: boolean } = {}): RepoRecord {
    const key = `${ownerLogin}/${name}`.toLowerCase();
    if (this.repos.has(key)) throw new Error(`fake GitHub: repository ${ownerLogin}/${name} exists`);
    const owner = this.owner(ownerLogin);
    const id = this.ids.id();
    const now = this.now();
    const repo: RepoRecord = {
      id,
      nodeId: this.ids.nodeId('R', id),
      owner,
      name,
      private: options.private ?? false,
      created: now,
      updated: now,
      slots: new Map(),
      nextNumber: 1,
      openIssues: 0,
      labels: new Map(),
      index: new IssueIndex(),
    };
    this.repos.set(key, repo);
    // A new repository takes its name back from a renamed one, as on GitHub.
    this.formerNames.delete(key);
    this.nodes.set(repo.nodeId, { kind: 'Repository', record: repo });
    return repo;
  }

  findRepo(ownerLogin: string, name: string): RepoLookup {
    const key = `${ownerLogin}/${name}`.toLowerCase();
    const repo = this.repos.get(key);
    if (repo) return { repo, moved: false };
    const renamed = this.formerNames.get(key);
    return renamed ? { repo: renamed, moved: true } : null;
  }

  repo(ownerLogin: string, name: string): RepoRecord {
    const found = this.findRepo(ownerLogin, name);
    if (!found || found.moved) throw new Error(`fake GitHub: no repository ${ownerLogin}/${name}`);
    return found.repo;
  }

  renameRepo(repo: RepoRecord, newName: string, actor: Actor): void {
    const oldKey = `${repo.owner.login}/${repo.name}`.toLowerCase();
    const newKey = `${repo.owner.login}/${newName}`.toLowerCase();
    if (this.repos.has(newKey)) throw new Error(`fake GitHub: repository ${newKey} exists`);
    const from = repo.name;
    this.repos.delete(oldKey);
    repo.name = newName;
    repo.updated = this.now();
    this.repos.set(newKey, repo);
    this.formerNames.set(oldKey, repo);
    this.listener.repositoryRenamed(repo, from, actor);
  }

  label(repo: RepoRecord, name: string, details: { color?: string; description?: string } = {}): LabelRecord {
    const existing = repo.labels.get(name.toLowerCase());
    if (existing) return existing;
    const id = this.ids.id();
    const label: LabelRecord = {
      id,
      nodeId: this.ids.nodeId('LA', id),
      name,
      color: details.color ?? 'ededed',
      description: details.description ?? null,
    };
    repo.labels.set(name.toLowerCase(), label);
    this.nodes.set(label.nodeId, { kind: 'Label', record: label });
    return label;
  }

  findIssueType(owner: OwnerRecord, name: string): IssueTypeRecord | undefined {
    return this.issueTypes.get(owner.login.toLowerCase())?.get(name.toLowerCase());
  }

  issueType(owner: OwnerRecord, name: string, description: string | null = null): IssueTypeRecord {
    const existing = this.findIssueType(owner, name);
    if (existing) return existing;
    let types = this.issueTypes.get(owner.login.toLowerCase());
    if (!types) {
      types = new Map();
      this.issueTypes.set(owner.login.toLowerCase(), types);
    }
    const id = this.ids.id();
    const type: IssueTypeRecord = {
      id,
      nodeId: this.ids.nodeId('IT', id),
      name,
      color: ISSUE_TYPE_COLORS[types.size % ISSUE_TYPE_COLORS.length] ?? 'gray',
      description,
      created: this.now(),
    };
    types.set(name.toLowerCase(), type);
    this.nodes.set(type.nodeId, { kind: 'IssueType', record: type });
    return type;
  }

  /** The live issue at a repository and number, following transfers; undefined when unknown. */
  liveIssue(repo: RepoRecord, number: number): IssueRecord | undefined {
    const slot = repo.slots.get(number);
    if (!slot || slot.kind === 'deleted') return undefined;
    return slot.issue.deleted ? undefined : slot.issue;
  }

  registerIssue(issue: IssueRecord): void {
    issue.repo.slots.set(issue.number, { kind: 'live', issue });
    issue.repo.index.add(issue);
    if (issue.state === 'open') issue.repo.openIssues += 1;
    this.issuesById.set(issue.id, issue);
    this.nodes.set(issue.nodeId, { kind: 'Issue', record: issue });
  }

  /** Takes an issue out of its repository's lists and the id maps (delete, or before a transfer). */
  unregisterIssue(issue: IssueRecord): void {
    issue.repo.index.remove(issue);
    if (issue.state === 'open') issue.repo.openIssues -= 1;
    this.issuesById.delete(issue.id);
    this.nodes.delete(issue.nodeId);
  }
}
