import { inspect } from 'node:util';
import { createAppJwt } from './app-jwt';
import { GithubError } from './github-error';

/** How the client authenticates: a token (personal or fine-grained), or a GitHub App by installation. */
export type GithubAuth =
  { kind: 'token'; token: string } | { kind: 'app'; appId: number; privateKeyPem: string };

/**
 * A JSON call made as the App itself (with its JWT), outside the installation-token cache. The client
 * passes its own transport, so these calls are counted, retried and paced like all others.
 */
export type AppCall = (method: 'GET' | 'POST', path: string, jwt: string) => Promise<unknown>;

/** Installation tokens last an hour; take a new one five minutes before, so none expires mid-sync. */
const REFRESH_BEFORE_MS = 5 * 60 * 1000;

interface CachedToken {
  token: string;
  expiresAtMs: number;
}

/**
 * Gives the bearer token for an owner. Secrets live in private fields only, so neither
 * `JSON.stringify`, `String` nor `util.inspect` of this object shows them.
 */
export class GithubTokenSource {
  readonly kind: GithubAuth['kind'];
  readonly #auth: GithubAuth;
  readonly #call: AppCall;
  readonly #now: () => number;
  readonly #installations = new Map<string, number>();
  readonly #tokens = new Map<string, Promise<CachedToken>>();
  /** Every secret handed out and still possibly in use, to blank them from any text we pass on. */
  readonly #secrets = new Set<string>();

  constructor(auth: GithubAuth, options: { call: AppCall; now: () => number }) {
    this.kind = auth.kind;
    this.#auth = auth;
    this.#call = options.call;
    this.#now = options.now;
    if (auth.kind === 'token') this.#secrets.add(auth.token);
  }

  /** The bearer token for requests about `owner` (a user or organisation login). */
  async tokenFor(owner: string): Promise<string> {
    const auth = this.#auth;
    if (auth.kind === 'token') return auth.token;
    const key = owner.toLowerCase();
    const cached = this.#tokens.get(key);
    if (cached) {
      const token = await cached;
      if (token.expiresAtMs - REFRESH_BEFORE_MS > this.#now()) return token.token;
      if (this.#tokens.get(key) === cached) this.#forget(key, token);
    }
    // Share one request between concurrent callers for the same owner.
    const pending = this.#tokens.get(key) ?? this.#newToken(auth.appId, auth.privateKeyPem, owner);
    this.#tokens.set(key, pending);
    try {
      return (await pending).token;
    } catch (err) {
      if (this.#tokens.get(key) === pending) this.#tokens.delete(key);
      throw err;
    }
  }

  /** Drops the cached token of `owner` (GitHub refused it: revoked, or the App was reinstalled). */
  invalidate(owner: string): void {
    const key = owner.toLowerCase();
    this.#tokens.delete(key);
    this.#installations.delete(key);
  }

  /** `text` with every secret this source knows replaced by `***`. */
  redact(text: string): string {
    let safe = text;
    for (const secret of this.#secrets) safe = safe.split(secret).join('***');
    return safe;
  }

  async #newToken(appId: number, privateKeyPem: string, owner: string): Promise<CachedToken> {
    const jwt = createAppJwt(appId, privateKeyPem, this.#now());
    this.#secrets.add(jwt);
    try {
      const installationId = await this.#installationOf(owner, jwt);
      const answer = await this.#call('POST', `/app/installations/${installationId}/access_tokens`, jwt);
      const { token, expires_at } = (answer ?? {}) as { token?: unknown; expires_at?: unknown };
      const expiresAtMs = typeof expires_at === 'string' ? Date.parse(expires_at) : NaN;
      if (typeof token !== 'string' || Number.isNaN(expiresAtMs)) {
        throw new GithubError({
          code: 'unavailable',
          method: 'POST',
          path: `/app/installations/${installationId}/access_tokens`,
          status: 201,
          githubMessage: 'the answer carries no token and expiry',
        });
      }
      this.#secrets.add(token);
      return { token, expiresAtMs };
    } finally {
      this.#secrets.delete(jwt);
    }
  }

  async #installationOf(owner: string, jwt: string): Promise<number> {
    const key = owner.toLowerCase();
    const known = this.#installations.get(key);
    if (known !== undefined) return known;
    const login = encodeURIComponent(owner);
    let answer: unknown;
    try {
      answer = await this.#call('GET', `/orgs/${login}/installation`, jwt);
    } catch (err) {
      // A user account is not an organisation: GitHub answers 404 there, and the user route holds it.
      if (!(err instanceof GithubError && err.code === 'not-found')) throw err;
      answer = await this.#call('GET', `/users/${login}/installation`, jwt);
    }
    const id = (answer as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') {
      throw new GithubError({
        code: 'unavailable',
        method: 'GET',
        path: `/orgs/${login}/installation`,
        status: 200,
        githubMessage: 'the answer carries no installation id',
      });
    }
    this.#installations.set(key, id);
    return id;
  }

  #forget(key: string, token: CachedToken): void {
    this.#tokens.delete(key);
    this.#secrets.delete(token.token);
  }

  toJSON(): { kind: GithubAuth['kind'] } {
    return { kind: this.kind };
  }

  toString(): string {
    return `GithubTokenSource(${this.kind})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}
