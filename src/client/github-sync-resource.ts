import { BacklogItemSchema, type BacklogItem } from '../contracts/backlog';
import {
  ConnectionCheckSchema,
  GithubSettingsSchema,
  SyncRunSchema,
  SyncStatusSchema,
  type ConnectionCheck,
  type CreateGithubEpic,
  type GithubSettings,
  type GithubSettingsInput,
  type StartSync,
  type SyncRun,
  type SyncStatus,
} from '../contracts/github-sync';
import type { HttpTransport } from './http';

/** The organisation's GitHub sync: settings, runs, status, and epics created on GitHub. */
export class GithubSyncResource {
  constructor(
    private readonly http: HttpTransport,
    private readonly basePath: string,
  ) {}

  /** Connection (never its secrets), settings, the latest runs and the webhook queue. */
  async status(): Promise<SyncStatus> {
    return (await this.http.sendParsed({ method: 'GET', path: this.basePath }, SyncStatusSchema)).data;
  }

  async saveSettings(body: GithubSettingsInput): Promise<GithubSettings> {
    return (
      await this.http.sendParsed(
        { method: 'PUT', path: `${this.basePath}/settings`, body },
        GithubSettingsSchema,
      )
    ).data;
  }

  /** Whether the server's credentials reach each repository and board the settings name. */
  async check(): Promise<ConnectionCheck> {
    return (
      await this.http.sendParsed({ method: 'POST', path: `${this.basePath}/check` }, ConnectionCheckSchema)
    ).data;
  }

  /** Starts a run (ApiError `conflict` while one is going); follow it with `run(id)`. */
  async start(body: StartSync): Promise<SyncRun> {
    return (
      await this.http.sendParsed({ method: 'POST', path: `${this.basePath}/sync`, body }, SyncRunSchema)
    ).data;
  }

  async run(id: string): Promise<SyncRun> {
    return (
      await this.http.sendParsed(
        { method: 'GET', path: `${this.basePath}/runs/${encodeURIComponent(id)}` },
        SyncRunSchema,
      )
    ).data;
  }

  async createEpic(body: CreateGithubEpic): Promise<BacklogItem> {
    return (
      await this.http.sendParsed({ method: 'POST', path: `${this.basePath}/epics`, body }, BacklogItemSchema)
    ).data;
  }
}
