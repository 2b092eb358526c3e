import type { AppAuth, Identity } from './app-auth';
import type { Actor } from './fake-model';
import type { FakeState } from './fake-state';
import type { FakeUrls } from './fake-urls';
import type { RateLimiter } from './rate-limiter';
import type { RestAnswer } from './rest-answer';

/** What routes may use. */
export interface FakeContext {
  state: FakeState;
  urls: FakeUrls;
  auth: AppAuth;
  rateLimiter: RateLimiter;
}

export interface RestRequest {
  method: string;
  /** The path below the REST root, e.g. `/repos/o/r/issues`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  identity: Identity;
  /** Who the request acts as, for webhook `sender`s. */
  actor: Actor;
  /** The query string as sent (with its `?`), kept on redirects. */
  search: string;
}

export interface RestRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The OpenAPI path template, the key of the answer schemas. */
  template: string;
  /** `app-jwt`: only the app itself (a JWT) may call it. */
  auth?: 'app-jwt';
  /** False for routes that do not spend the core budget: /rate_limit, and the app's own JWT calls. */
  counted?: boolean;
  /** Counts in `stats.writes` when it succeeds. */
  write?: boolean;
  handle: (request: RestRequest, context: FakeContext) => RestAnswer;
}

export interface MatchedRoute {
  route: RestRoute;
  params: Record<string, string>;
}

/** Matches paths against templates; `{name}` stands for one path segment. */
export class RestRouter {
  private readonly compiled: Array<{ route: RestRoute; pattern: RegExp; names: string[] }>;

  constructor(routes: RestRoute[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      // Templates hold only letters, digits, `_`, `/` and `{name}`: nothing to escape.
      const source = route.template.replace(/\{(\w+)\}/g, (_match, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { route, pattern: new RegExp(`^${source}$`), names };
    });
  }

  /** The route for a method and path; a path known under another method gives `methodMismatch`. */
  match(method: string, path: string): MatchedRoute | { methodMismatch: true } | null {
    let pathKnown = false;
    for (const { route, pattern, names } of this.compiled) {
      const found = pattern.exec(path);
      if (!found) continue;
      pathKnown = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { route, params };
    }
    return pathKnown ? { methodMismatch: true } : null;
  }
}
