import { inspect } from 'node:util';
import { StatsRecorder, type ClientStats } from './client-stats';
import { defaultGraphqlUrl } from './default-graphql-url';
import { describePath } from './describe-path';
import { GithubTokenSource, type GithubAuth } from './github-auth';
import { GithubError } from './github-error';
import { GithubTransport, type HttpMethod, type Incoming, type RequestEvent } from './github-transport';
import { buildNodesQuery } from './graphql-documents';
import { parseLinkHeader, type Links } from './parse-link-header';
import { readGraphqlData, type GraphqlData } from './read-graphql-data';
import { WritePacer } from './write-pacer';

export interface GithubClientOptions {
  /** `https://api.github.com`, or `https://host/api/v3` for GitHub Enterprise Server. */
  baseUrl: string;
  /** Defaults to the GraphQL endpoint beside `baseUrl`. */
  graphqlUrl?: string;
  auth: GithubAuth;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxRetries?: number;
  /** Wait for a spent primary rate limit up to this long; beyond it, fail with `rate-limited`. */
  maxRateWaitMs?: number;
  /** GitHub asks for at least a second between mutating requests. */
  writeIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  userAgent?: string;
  onRequest?: (event: RequestEvent) => void;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** `finalUrl` differs from the asked URL after a redirect: the issue was transferred or the repository renamed. */
export type GetResult<T> =
  | { status: 200; data: T; etag: string | null; link: Links; finalUrl: string }
  | { status: 304; etag: string; finalUrl: string };

/** One page of a list. A 304 page has no items: the caller's copy of it is still right. */
export interface PageResult<T> {
  url: string;
  finalUrl: string;
  status: 200 | 304;
  items: T[];
  etag: string | null;
  next: string | null;
}

export interface WriteResult<T> {
  status: number;
  data: T;
  finalUrl: string;
}

export type WriteMethod = Exclude<HttpMethod, 'GET'>;

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const DEFAULTS = { timeoutMs: 10_000, maxRetries: 4, maxRateWaitMs: 15 * 60_000, writeIntervalMs: 1_000 };
const MAX_NODES_PER_QUERY = 100;

/** A small GitHub REST and GraphQL client over fetch, counting every request it makes. */
export class GithubClient {
  readonly #base: URL;
  readonly #graphqlUrl: URL;
  readonly #tokens: GithubTokenSource;
  readonly #stats = new StatsRecorder();
  readonly #transport: GithubTransport;
  readonly #pacer: WritePacer;

  constructor(options: GithubClientOptions) {
    this.#base = new URL(options.baseUrl);
    this.#graphqlUrl = new URL(options.graphqlUrl ?? defaultGraphqlUrl(options.baseUrl));
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? sleepFor;
    this.#tokens = new GithubTokenSource(options.auth, { now, call: (m, p, jwt) => this.#asApp(m, p, jwt) });
    this.#transport = new GithubTransport({
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
      maxRateWaitMs: options.maxRateWaitMs ?? DEFAULTS.maxRateWaitMs,
      sleep,
      now,
      userAgent: options.userAgent ?? 'rodtrad',
      onRequest: options.onRequest,
      basePath: this.#base.pathname,
      redact: (text) => this.#tokens.redact(text),
      stats: this.#stats,
    });
    this.#pacer = new WritePacer(options.writeIntervalMs ?? DEFAULTS.writeIntervalMs, now, sleep);
  }

  /** One resource; conditional when `etag` is given (a 304 costs no rate limit). */
  async get<T>(
    path: string,
    options: { owner: string; query?: Query; etag?: string },
  ): Promise<GetResult<T>> {
    const answer = await this.#read(this.#url(path, options.query), options.owner, options.etag);
    const etag = answer.headers.get('etag');
    if (answer.status === 304) {
      return { status: 304, etag: etag ?? options.etag ?? '', finalUrl: answer.finalUrl };
    }
    return {
      status: 200,
      data: answer.body as T,
      etag,
      link: parseLinkHeader(answer.headers.get('link')),
      finalUrl: answer.finalUrl,
    };
  }

  /**
   * The pages of a list, following `Link: rel="next"` (page numbers and cursors alike). `etags` maps
   * a page URL to the ETag it had, making that page's request conditional.
   */
  async *getPages<T>(
    path: string,
    options: { owner: string; query?: Query; etags?: Map<string, string> },
  ): AsyncGenerator<PageResult<T>> {
    const seen = new Set<string>();
    let url: string | null = this.#url(path, options.query).href;
    while (url !== null) {
      if (seen.has(url)) throw new Error(`GitHub pagination loops back to ${this.#describe(new URL(url))}`);
      seen.add(url);
      const asked = options.etags?.get(url);
      const answer = await this.#read(this.#url(url), options.owner, asked);
      const next = parseLinkHeader(answer.headers.get('link')).next ?? null;
      const etag = answer.headers.get('etag') ?? (answer.status === 304 ? (asked ?? null) : null);
      const common = { url, finalUrl: answer.finalUrl, etag, next };
      if (answer.status === 304) {
        yield { ...common, status: 304, items: [] };
      } else if (Array.isArray(answer.body)) {
        yield { ...common, status: 200, items: answer.body as T[] };
      } else {
        throw new GithubError({
          code: 'unavailable',
          method: 'GET',
          path: this.#describe(new URL(url)),
          status: answer.status,
          githubMessage: 'a list page is not a JSON array',
          requestId: answer.headers.get('x-github-request-id'),
        });
      }
      url = next;
    }
  }

  /** A write, paced: one at a time, `writeIntervalMs` apart, in the order asked. */
  async request<T>(
    method: WriteMethod,
    path: string,
    options: { owner: string; body?: unknown },
  ): Promise<WriteResult<T>> {
    const url = this.#url(path);
    const answer = await this.#pacer.run(() =>
      this.#send(options.owner, { method, url, body: options.body, resource: 'core', write: true }),
    );
    return { status: answer.status, data: answer.body as T, finalUrl: answer.finalUrl };
  }

  /** A GraphQL document; mutations are paced like REST writes. */
  async graphql<T>(
    query: string,
    variables: Record<string, unknown>,
    options: { owner: string },
  ): Promise<GraphqlData<T>> {
    const write = /^\s*mutation\b/.test(query.replace(/^\s*#.*$/gm, ''));
    const send = () =>
      this.#send(options.owner, {
        method: 'POST',
        url: this.#graphqlUrl,
        body: { query, variables },
        resource: 'graphql',
        write,
      });
    const answer = write ? await this.#pacer.run(send) : await send();
    return readGraphqlData<T>(answer.body, {
      path: this.#describe(this.#graphqlUrl),
      redact: (text) => this.#tokens.redact(text),
    });
  }

  /** Nodes by id through `nodes(ids:)` in batches, in the order asked; null for a deleted node. */
  async nodesByIds<T>(
    ids: string[],
    fragment: string,
    options: { owner: string; batchSize?: number },
  ): Promise<(T | null)[]> {
    const batchSize = options.batchSize ?? MAX_NODES_PER_QUERY;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_NODES_PER_QUERY) {
      throw new RangeError(`batchSize must be 1 to ${MAX_NODES_PER_QUERY}, not ${batchSize}`);
    }
    const query = buildNodesQuery(fragment);
    const found: (T | null)[] = [];
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      const data = await this.graphql<{ nodes?: unknown }>(query, { ids: batch }, { owner: options.owner });
      if (!Array.isArray(data.nodes) || data.nodes.length !== batch.length) {
        throw new GithubError({
          code: 'graphql',
          method: 'POST',
          path: this.#describe(this.#graphqlUrl),
          status: 200,
          githubMessage: `asked for ${batch.length} nodes, got ${Array.isArray(data.nodes) ? data.nodes.length : 'none'}`,
        });
      }
      found.push(...(data.nodes as (T | null)[]));
    }
    return found;
  }

  stats(): ClientStats {
    return this.#stats.snapshot();
  }

  resetStats(): void {
    this.#stats.reset();
  }

  #read(url: URL, owner: string, etag: string | undefined): Promise<Incoming> {
    return this.#send(owner, { method: 'GET', url, etag, resource: 'core', write: false });
  }

  async #send(
    owner: string,
    out: {
      method: HttpMethod;
      url: URL;
      body?: unknown;
      etag?: string;
      resource: 'core' | 'graphql';
      write: boolean;
    },
  ): Promise<Incoming> {
    const app = this.#tokens.kind === 'app';
    try {
      return await this.#transport.send({
        ...out,
        bearer: () => this.#tokens.tokenFor(owner),
        budget: app ? `installation:${owner.toLowerCase()}` : 'token',
      });
    } catch (err) {
      // A refused installation token was revoked or the App reinstalled: the next call asks anew.
      if (app && err instanceof GithubError && err.code === 'unauthorised') this.#tokens.invalidate(owner);
      throw err;
    }
  }

  /** Calls made as the App itself (installation lookup, token), for the token source. */
  async #asApp(method: 'GET' | 'POST', path: string, jwt: string): Promise<unknown> {
    const answer = await this.#transport.send({
      method,
      url: this.#url(path),
      bearer: () => Promise.resolve(jwt),
      resource: 'core',
      budget: 'app-jwt',
      // Asking for a token twice does no harm, so this POST may be retried like a read.
      write: false,
    });
    return answer.body;
  }

  /** An absolute URL for a path below the base, or a `Link` URL, which must stay on GitHub's host. */
  #url(pathOrUrl: string, query?: Query): URL {
    let url: URL;
    if (/^https?:\/\//i.test(pathOrUrl)) {
      url = new URL(pathOrUrl);
      if (url.origin !== this.#base.origin && url.origin !== this.#graphqlUrl.origin) {
        // The token must never go to a host named by an answer.
        throw new Error(`refusing to call ${url.origin}: not the configured GitHub`);
      }
    } else {
      const base = this.#base.href.replace(/\/+$/, '');
      url = new URL(`${base}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`);
    }
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url;
  }

  #describe(url: URL): string {
    return describePath(url, this.#base.pathname);
  }

  toJSON(): { baseUrl: string; graphqlUrl: string; auth: GithubAuth['kind'] } {
    return { baseUrl: this.#base.href, graphqlUrl: this.#graphqlUrl.href, auth: this.#tokens.kind };
  }

  toString(): string {
    return `GithubClient(${this.#base.href}, ${this.#tokens.kind})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}
