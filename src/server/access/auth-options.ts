/** How the server signs people in; built from the configuration (server/config.ts). */
export interface OidcOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's text, e.g. "ID-porten" or "Entra ID". */
  label: string;
}

export interface GithubSignInOptions {
  clientId: string;
  clientSecret: string;
  /** https://github.com, or a GitHub Enterprise Server's address. */
  webUrl: string;
  /** https://api.github.com, or the enterprise server's /api/v3. */
  apiUrl: string;
}

export interface AuthOptions {
  /** The address people reach the server at; redirect URIs and printed links start with it. */
  publicUrl?: string;
  oidc?: OidcOptions;
  github?: GithubSignInOptions;
  /** 'auto': Secure cookies when the public URL or the request is https. */
  cookieSecure: 'auto' | 'always' | 'never';
  /** Sign-in attempts per address per minute. */
  signInPerMinute: number;
  /** Requests with an API token per address per minute. */
  tokenRequestsPerMinute: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  cookieSecure: 'auto',
  signInPerMinute: 20,
  tokenRequestsPerMinute: 1200,
};

/** No provider configured: the local administrator signs in with the one-time link the server prints. */
export const usesLocalSignIn = (options: AuthOptions): boolean => !options.oidc && !options.github;
