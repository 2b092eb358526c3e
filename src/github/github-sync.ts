import type { BacklogItem } from '../contracts/backlog';
import type {
  ConnectionCheck,
  CreateGithubEpic,
  GithubConnection,
  GithubSettings,
  SyncRun,
} from '../contracts/github-sync';
import { getGithubSettings, listAllGithubSettings } from '../services/github-sync/github-settings';
import { finishSyncRun, getSyncRun, reportSyncRun, startSyncRun } from '../services/github-sync/sync-runs';
import { queueGithubDelivery } from '../services/github-sync/webhook-deliveries';
import { AppError } from '../services/shared/app-error';
import type { ServiceContext } from '../services/shared/context';
import type { Database } from '../services/store-lifecycle';
import { GithubClient, type GithubClientOptions } from './http/github-client';
import type { GithubAuth } from './http/github-auth';
import { defaultGraphqlUrl } from './http/default-graphql-url';
import { checkOwners } from './sync/check-owners';
import { createEpicOnGithub } from './sync/create-epic';
import { drainDeliveries } from './webhooks/drain-deliveries';
import { verifiedPayload } from './webhooks/verify-delivery';
import { runSync, type SyncMode } from './sync/run-sync';
import { SyncReporter } from './sync/sync-reporter';
import { applyDeliveries } from './sync/process-deliveries';

/** How the server reaches GitHub: from configuration, never from the database or a request. */
export interface GithubConnectionConfig {
  apiUrl: string;
  graphqlUrl?: string;
  auth: GithubAuth;
}

export interface GithubSyncOptions {
  database: Database;
  connection: GithubConnectionConfig | null;
  webhookSecret?: string | null;
  /** Minutes between the reconciles that catch what webhooks missed; 0 or absent: none. */
  intervalMinutes?: number;
  /** For tests and benchmarks: fetch, sleep, timeouts and write pacing of every client made. */
  clientOptions?: Partial<Omit<GithubClientOptions, 'baseUrl' | 'graphqlUrl' | 'auth'>>;
  log?: (level: 'info' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

/** Progress reports reach the database at most this often during a run. */
const REPORT_EVERY_MS = 1_000;
const SYSTEM_ACTOR = 'GitHub';

/**
 * The GitHub sync of a server: runs (import, reconcile), the webhook queue and its worker, the
 * scheduled reconcile, and write-back. One run at a time per organisation.
 */
export class GithubSync {
  readonly #options: GithubSyncOptions;
  readonly #work = new Set<Promise<unknown>>();
  readonly #busy = new Map<string, Promise<unknown>>();
  #timer: NodeJS.Timeout | null = null;
  #ticks = 0;
  #draining: Promise<void> | null = null;
  #drainAgain = false;
  #closed = false;

  constructor(options: GithubSyncOptions) {
    this.#options = options;
  }

  connection(): GithubConnection {
    const c = this.#options.connection;
    const apiUrl = c?.apiUrl ?? 'https://api.github.com';
    return {
      configured: c !== null,
      kind: c?.auth.kind ?? null,
      apiUrl,
      graphqlUrl: c?.graphqlUrl ?? defaultGraphqlUrl(apiUrl),
      webhookSecretSet: Boolean(this.#options.webhookSecret),
    };
  }

  /** Which owners of the sources the credentials reach, and the budget left. */
  async checkConnection(ctx: ServiceContext): Promise<ConnectionCheck> {
    const settings = await this.#settingsOf(ctx);
    return checkOwners(this.#client(), settings);
  }

  /** Starts a run in the background and answers its record; follow it with getSyncRun. */
  async start(ctx: ServiceContext, mode: SyncMode): Promise<SyncRun> {
    const settings = await this.#settingsOf(ctx);
    const run = await startSyncRun(ctx, mode);
    this.#track(this.#exclusive(ctx.orgId, () => this.#execute(ctx, run, settings, mode)));
    return run;
  }

  /** Runs to the end and answers the finished record (the CLI's server-side import, tests, benchmarks). */
  async run(ctx: ServiceContext, mode: SyncMode): Promise<SyncRun> {
    const settings = await this.#settingsOf(ctx);
    const run = await startSyncRun(ctx, mode);
    await this.#exclusive(ctx.orgId, () => this.#execute(ctx, run, settings, mode));
    return getSyncRun(ctx, run.id);
  }

  /**
   * A webhook delivery: the signature is checked on the raw bytes with a constant-time compare, then
   * the delivery is queued once (a redelivery is answered 'duplicate') and the worker woken.
   */
  async receiveWebhook(input: {
    event: string;
    deliveryId: string;
    signature: string | null;
    rawBody: Buffer;
  }): Promise<'queued' | 'duplicate' | 'ignored'> {
    const { payload, action } = verifiedPayload(this.#options.webhookSecret, input.rawBody, input.signature);
    if (input.event === 'ping') return 'ignored';
    const queued = await queueGithubDelivery(this.#options.database, {
      deliveryId: input.deliveryId,
      event: input.event,
      action,
      payload,
    });
    if (queued) this.wake();
    return queued ? 'queued' : 'duplicate';
  }

  /** Processes the queue soon; several wakes while it works make one more pass. */
  wake(): void {
    if (this.#closed || !this.#options.connection) return;
    if (this.#draining) {
      this.#drainAgain = true;
      return;
    }
    this.#draining = this.#drain().finally(() => {
      this.#draining = null;
      if (this.#drainAgain && !this.#closed) {
        this.#drainAgain = false;
        this.wake();
      }
    });
    this.#track(this.#draining);
  }

  async createEpic(ctx: ServiceContext, input: CreateGithubEpic): Promise<BacklogItem> {
    const settings = await this.#settingsOf(ctx);
    return this.#exclusive(ctx.orgId, () =>
      createEpicOnGithub(this.#systemCtx(ctx), ctx, this.#client(), settings, input),
    );
  }

  /** The scheduled reconcile of every organisation with settings, and a first pass over the queue. */
  startSchedule(): void {
    const minutes = this.#options.intervalMinutes ?? 0;
    if (!this.#options.connection) return;
    this.wake();
    if (minutes <= 0) return;
    this.#timer = setInterval(() => this.#track(this.#reconcileAll()), minutes * 60_000);
    this.#timer.unref();
  }

  /** Waits for every run and queue pass started so far (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#work.size > 0) await Promise.allSettled([...this.#work]);
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.idle();
  }

  /** Every interval a reconcile; once a day a full one, which also finds issues deleted on GitHub. */
  async #reconcileAll(): Promise<void> {
    const perDay = Math.max(1, Math.round(1_440 / (this.#options.intervalMinutes ?? 1_440)));
    const mode: SyncMode = this.#ticks % perDay === perDay - 1 ? 'full-reconcile' : 'reconcile';
    this.#ticks += 1;
    for (const { orgId, settings } of await listAllGithubSettings(this.#options.database)) {
      if (!settings.enabled || this.#busy.has(orgId)) continue;
      const ctx = { database: this.#options.database, orgId, actor: SYSTEM_ACTOR };
      try {
        await this.run(ctx, mode);
      } catch (err) {
        this.#log('error', 'scheduled GitHub reconcile failed', { orgId, error: String(err) });
      }
    }
  }

  #drain(): Promise<void> {
    return drainDeliveries(this.#options.database, async (orgId, settings, targets) => {
      const ctx = { database: this.#options.database, orgId, actor: SYSTEM_ACTOR };
      const run = await startSyncRun(ctx, 'webhooks', { exclusive: false });
      await this.#exclusive(orgId, () =>
        this.#execute(ctx, run, settings, 'webhooks', (job) => applyDeliveries(job, targets)),
      );
    });
  }

  /** Runs `work` for a run record: progress is reported as it goes, the end recorded, errors kept. */
  async #execute(
    asker: ServiceContext,
    run: SyncRun,
    settings: GithubSettings,
    mode: SyncMode | 'webhooks',
    work?: (job: Parameters<typeof runSync>[0]) => Promise<void>,
  ): Promise<void> {
    const ctx = this.#systemCtx(asker);
    const client = this.#client();
    let lastReport = 0;
    // Progress goes to the database one report at a time, and all of it before the final one.
    let reports: Promise<void> = Promise.resolve();
    const reporter: SyncReporter = new SyncReporter(() => {
      const now = Date.now();
      if (now - lastReport < REPORT_EVERY_MS) return;
      lastReport = now;
      const report = reporter.toReport(client.stats());
      reports = reports.then(() => reportSyncRun(ctx, run.id, report));
    });
    const job = { ctx, client, settings, reporter };
    try {
      if (work) await work(job);
      else await runSync(job, mode as SyncMode);
      await reports;
      await finishSyncRun(
        ctx,
        run.id,
        reporter.hasErrors ? 'failed' : 'succeeded',
        reporter.toReport(client.stats()),
      );
    } catch (err) {
      reporter.error(null, messageOf(err));
      await reports.catch(() => undefined);
      await finishSyncRun(ctx, run.id, 'failed', reporter.toReport(client.stats()));
      this.#log('error', 'GitHub sync failed', { orgId: ctx.orgId, run: run.id, error: messageOf(err) });
      if (work) throw err;
    }
  }

  /** One thing at a time per organisation, in this process: runs and queue passes share cursors. */
  #exclusive<T>(orgId: string, work: () => Promise<T>): Promise<T> {
    const before = this.#busy.get(orgId) ?? Promise.resolve();
    const next = before.then(work, work);
    const settled = next.catch(() => undefined);
    this.#busy.set(orgId, settled);
    void settled.then(() => {
      if (this.#busy.get(orgId) === settled) this.#busy.delete(orgId);
    });
    return next;
  }

  #systemCtx(asker: ServiceContext): ServiceContext {
    return {
      database: asker.database,
      orgId: asker.orgId,
      actor: asker.actor === SYSTEM_ACTOR ? SYSTEM_ACTOR : `${SYSTEM_ACTOR} (${asker.actor})`,
      ...(asker.today ? { today: asker.today } : {}),
    };
  }

  async #settingsOf(ctx: ServiceContext): Promise<GithubSettings> {
    if (!this.#options.connection) {
      throw new AppError(
        'github-not-configured',
        'GitHub is not configured on this server: set GITHUB_TOKEN or GITHUB_APP_ID',
      );
    }
    const settings = await getGithubSettings(ctx);
    if (!settings)
      throw new AppError(
        'github-not-configured',
        'this organisation has no GitHub settings yet: run `rodtrad github connect`',
      );
    return settings;
  }

  #client(): GithubClient {
    const c = this.#options.connection;
    if (!c) throw new AppError('github-not-configured', 'GitHub is not configured on this server');
    return new GithubClient({
      ...this.#options.clientOptions,
      baseUrl: c.apiUrl,
      ...(c.graphqlUrl ? { graphqlUrl: c.graphqlUrl } : {}),
      auth: c.auth,
    });
  }

  #track(promise: Promise<unknown>): void {
    const tracked = promise.catch((err: unknown) =>
      this.#log('error', 'GitHub background work failed', { error: messageOf(err) }),
    );
    this.#work.add(tracked);
    void tracked.finally(() => this.#work.delete(tracked));
  }

  #log(level: 'info' | 'error', message: string, fields?: Record<string, unknown>): void {
    this.#options.log?.(level, message, fields);
  }
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
