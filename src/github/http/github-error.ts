/**
 * What went wrong, as callers branch on it. `timeout` is its own code because a timed-out write may
 * have been applied: the caller must re-read before trying again.
 */
export type GithubErrorCode =
  | 'not-found'
  | 'gone'
  | 'unauthorised'
  | 'forbidden'
  | 'invalid'
  | 'rate-limited'
  | 'timeout'
  | 'unavailable'
  | 'graphql';

/** One entry of a GraphQL answer's `errors`. */
export interface GraphqlErrorEntry {
  type?: string;
  message: string;
  path?: (string | number)[];
}

export interface GithubErrorDetails {
  code: GithubErrorCode;
  method: string;
  /** Path below the API base, with secret-looking query values blanked. */
  path: string;
  /** HTTP status; null when no answer came (network error, timeout). */
  status: number | null;
  /** GitHub's own `message`, when it sent one. */
  githubMessage?: string | null;
  requestId?: string | null;
  /** When a primary rate limit resets (ISO), for `rate-limited`. */
  resetAt?: string | null;
  graphqlErrors?: GraphqlErrorEntry[];
  cause?: unknown;
}

/** Every failure of the GitHub client. It never holds a token: messages are redacted before they get here. */
export class GithubError extends Error {
  override name = 'GithubError';
  readonly code: GithubErrorCode;
  readonly method: string;
  readonly path: string;
  readonly status: number | null;
  readonly githubMessage: string | null;
  readonly requestId: string | null;
  readonly resetAt: string | null;
  readonly graphqlErrors: GraphqlErrorEntry[];

  constructor(details: GithubErrorDetails) {
    const status = details.status === null ? 'no answer' : `HTTP ${details.status}`;
    const said = details.githubMessage ? `: ${details.githubMessage}` : '';
    super(
      `GitHub ${details.method} ${details.path} failed (${status}, ${details.code})${said}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.code = details.code;
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.githubMessage = details.githubMessage ?? null;
    this.requestId = details.requestId ?? null;
    this.resetAt = details.resetAt ?? null;
    this.graphqlErrors = details.graphqlErrors ?? [];
  }

  /** Errors are logged as JSON; keep that to the fields above (never the cause's internals). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      method: this.method,
      path: this.path,
      status: this.status,
      githubMessage: this.githubMessage,
      requestId: this.requestId,
      resetAt: this.resetAt,
      graphqlErrors: this.graphqlErrors,
    };
  }
}
