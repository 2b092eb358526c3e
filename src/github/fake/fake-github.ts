import { AppAuth } from './app-auth';
import { FakeGitHubData } from './fake-github-data';
import { FakeServer } from './fake-server';
import { FakeState } from './fake-state';
import { emptyStats, countRoute } from './fake-stats';
import { fakeUrls } from './fake-urls';
import { FaultInjector } from './fault-injector';
import { handleGraphql } from './graphql-handler';
import { RateLimiter } from './rate-limiter';
import { handleRest } from './rest-handler';
import { RestRouter } from './rest-route';
import { validateWebhookPayload } from './rest-validator';
import { appRoutes } from './routes-app';
import { issueRoutes } from './routes-issues';
import { projectRoutes } from './routes-projects';
import { subIssueRoutes } from './routes-sub-issues';
import { WebhookEmitter } from './webhook-emitter';
import { WebhookRecorder } from './webhook-recorder';
import type { FakeAppOptions } from './app-auth';
import type { IncomingHttp } from './fake-server';
import type { FakeStats } from './fake-stats';
import type { FaultSpec, ServedFault } from './fault-injector';
import type { GraphqlViolation } from './graphql-handler';
import type { RateBucket, RateResource } from './rate-limiter';
import type { RestViolation } from './rest-handler';
import type { AutoDeliveryFailure, WebhookDelivery } from './webhook-recorder';
import type { WireAnswer } from './wire-answer';

export interface FakeGitHubOptions {
  /** Signs webhook deliveries; `fake-github-webhook-secret` when not given. */
  webhookSecret?: string;
  /** Tokens accepted besides installation tokens; without a list any token is accepted. */
  tokens?: string[];
  /** A GitHub App: its JWTs are verified with this public key. */
  app?: FakeAppOptions;
  /** Check every REST answer and webhook payload against GitHub's OpenAPI description (default true). */
  validate?: boolean;
  /** Milliseconds every answer waits, to stand in for GitHub's own latency in benchmarks (default 0). */
  latencyMs?: number;
}

export interface WebhookViolation {
  event: string;
  errors: string[];
}

const REST_ROOT = '/api/v3';
const GRAPHQL_PATH = '/api/graphql';

/**
 * A stateful GitHub for tests and benchmarks: REST (as GitHub Enterprise Server lays it out, under
 * /api/v3) and GraphQL over the same state, signed webhooks, rate limits, conditional requests and
 * injected faults. Its REST answers are checked against GitHub's OpenAPI description, its GraphQL
 * answers come from executing the query against GitHub's public schema.
 */
export class FakeGitHub extends FakeGitHubData {
  readonly baseUrl: string;
  readonly graphqlUrl: string;
  readonly webhookSecret: string;
  readonly restViolations: RestViolation[] = [];
  readonly graphqlViolations: GraphqlViolation[] = [];
  readonly webhookViolations: WebhookViolation[];
  /** Bugs in the fake itself (answered 500); a test should expect none. */
  readonly internalErrors: Error[] = [];
  private counters: FakeStats = emptyStats();
  private requestNumber = 0;
  private server: FakeServer | null = null;
  private readonly faults = new FaultInjector();
  private readonly rateLimiter: RateLimiter;
  private readonly auth: AppAuth;
  private readonly validate: boolean;
  private readonly latencyMs: number;
  private readonly router = new RestRouter([
    ...appRoutes,
    ...issueRoutes,
    ...subIssueRoutes,
    ...projectRoutes,
  ]);

  private constructor(origin: string, options: FakeGitHubOptions) {
    const urls = fakeUrls(origin);
    const webhookSecret = options.webhookSecret ?? 'fake-github-webhook-secret';
    const recorder = new WebhookRecorder(webhookSecret);
    let auth: AppAuth | null = null;
    const validate = options.validate ?? true;
    const webhookViolations: WebhookViolation[] = [];
    const emitter = new WebhookEmitter({
      urls,
      recorder,
      installationFor: (owner) => {
        const installation = auth?.installationFor(owner);
        return installation ? { id: installation.id, node_id: installation.nodeId } : null;
      },
      inspect: (event, payload) => {
        if (!validate) return;
        const errors = validateWebhookPayload(event, payload);
        if (errors.length > 0) webhookViolations.push({ event, errors });
      },
    });
    const state = new FakeState(urls, emitter);
    super(state, recorder);
    auth = new AppAuth(
      options.app,
      options.tokens,
      () => state.nowMs(),
      () => state.ids.id(),
    );
    this.auth = auth;
    this.rateLimiter = new RateLimiter(() => state.nowMs());
    this.baseUrl = urls.api;
    this.graphqlUrl = urls.graphql;
    this.webhookSecret = webhookSecret;
    this.validate = validate;
    this.latencyMs = options.latencyMs ?? 0;
    this.webhookViolations = webhookViolations;
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    let fake: FakeGitHub | null = null;
    const server = await FakeServer.listen(
      (incoming) => {
        if (!fake) throw new Error('fake GitHub: a request arrived before start() finished');
        return fake.handle(incoming);
      },
      (error) => fake?.internalErrors.push(error),
    );
    fake = new FakeGitHub(server.origin, options);
    fake.server = server;
    return fake;
  }

  async close(): Promise<void> {
    await this.recorder.settled();
    await this.server?.close();
    this.server = null;
  }

  get stats(): FakeStats {
    return this.counters;
  }

  resetStats(): void {
    this.counters = emptyStats();
  }

  get rateLimit(): Record<RateResource, RateBucket> {
    return {
      core: { ...this.rateLimiter.bucket('core') },
      graphql: { ...this.rateLimiter.bucket('graphql') },
    };
  }

  setRateLimit(limit: { limit: number; remaining: number; resource?: RateResource }): void {
    this.rateLimiter.set(limit.resource ?? 'core', limit.limit, limit.remaining);
  }

  injectFault(spec: FaultSpec): void {
    this.faults.add(spec);
  }

  faultsServed(): ServedFault[] {
    return [...this.faults.served];
  }

  clearFaults(): void {
    this.faults.clear();
  }

  deliveries(): WebhookDelivery[] {
    return this.recorder.list();
  }

  clearDeliveries(): void {
    this.recorder.clear();
  }

  deliver(delivery: WebhookDelivery, url: string): Promise<Response> {
    return this.recorder.deliver(delivery, url);
  }

  /** Posts every later delivery to `url` as it happens, in order; null stops. */
  autoDeliver(url: string | null): void {
    this.recorder.setAutoDeliver(url);
  }

  /** Resolves once every automatic delivery so far has been posted. */
  autoDeliverySettled(): Promise<void> {
    return this.recorder.settled();
  }

  autoDeliveryFailures(): AutoDeliveryFailure[] {
    return [...this.recorder.failures];
  }

  /** Answers as GitHub would, `latencyMs` later: the state is read at once, the answer sent after. */
  private handle(incoming: IncomingHttp): Promise<WireAnswer> {
    const answer = this.route(incoming);
    const latency = this.latencyMs;
    return latency > 0 ? new Promise((resolve) => setTimeout(() => resolve(answer), latency)) : answer;
  }

  private route(incoming: IncomingHttp): Promise<WireAnswer> {
    this.counters.requests += 1;
    this.requestNumber += 1;
    const requestId = `FAKE:${this.requestNumber.toString(16).toUpperCase().padStart(8, '0')}`;
    const common = { faults: this.faults, stats: () => this.counters };
    if (incoming.pathname === GRAPHQL_PATH && incoming.method === 'POST') {
      return handleGraphql(
        {
          ...common,
          state: this.state,
          urls: this.state.urls,
          auth: this.auth,
          rateLimiter: this.rateLimiter,
          violations: this.graphqlViolations,
        },
        { headers: incoming.headers, bodyText: incoming.bodyText, requestId },
      );
    }
    if (incoming.pathname !== REST_ROOT && !incoming.pathname.startsWith(`${REST_ROOT}/`)) {
      countRoute(this.counters, `${incoming.method} (outside the API)`);
      return Promise.resolve({
        status: 404,
        headers: { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': requestId },
        body: JSON.stringify({
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest',
          status: '404',
        }),
      });
    }
    const answer = handleRest(
      {
        ...common,
        context: { state: this.state, urls: this.state.urls, auth: this.auth, rateLimiter: this.rateLimiter },
        router: this.router,
        validate: this.validate,
        violations: this.restViolations,
      },
      {
        method: incoming.method,
        path: incoming.pathname.slice(REST_ROOT.length) || '/',
        search: incoming.search,
        headers: incoming.headers,
        bodyText: incoming.bodyText,
        requestId,
      },
    );
    return Promise.resolve(answer);
  }
}

export type { FakeAppOptions } from './app-auth';
export type { FakeIssuePatch, FakeProjectInfo, NewFakeIssue } from './fake-github-data';
export type { FakeIssue } from './fake-model';
export type { FakeStats } from './fake-stats';
export type { FaultKind, FaultSpec, ServedFault } from './fault-injector';
export type { GraphqlViolation } from './graphql-handler';
export type { RestViolation } from './rest-handler';
export type { AutoDeliveryFailure, WebhookDelivery } from './webhook-recorder';
