import * as client from 'openid-client';
import type { Identity } from '../../services/accounts/users';
import type { OidcOptions } from './auth-options';

/** Seconds a request to the provider may take. */
const PROVIDER_TIMEOUT_S = 10;

const configurations = new Map<string, Promise<client.Configuration>>();

/**
 * The provider's `client_secret_basic` (the OpenID default) when it offers it, else `client_secret_post`:
 * Keycloak, Entra ID and ID-porten take either.
 */
const clientSecretAuth =
  (secret: string): client.ClientAuth =>
  (as, metadata, body, headers) => {
    const methods = as.token_endpoint_auth_methods_supported;
    const method =
      !methods || methods.includes('client_secret_basic')
        ? client.ClientSecretBasic(secret)
        : client.ClientSecretPost(secret);
    method(as, metadata, body, headers);
  };

/**
 * The provider's configuration from its discovery document, fetched once per process (a failed
 * discovery is retried on the next sign-in). Plain http is allowed only for an http:// issuer, which
 * the configuration accepts only on this machine (a test provider).
 */
export function oidcConfiguration(options: OidcOptions): Promise<client.Configuration> {
  const key = `${options.issuer}\n${options.clientId}`;
  let configuration = configurations.get(key);
  if (!configuration) {
    const insecure = new URL(options.issuer).protocol === 'http:';
    configuration = client
      .discovery(
        new URL(options.issuer),
        options.clientId,
        { client_secret: options.clientSecret },
        clientSecretAuth(options.clientSecret),
        { execute: insecure ? [client.allowInsecureRequests] : [], timeout: PROVIDER_TIMEOUT_S },
      )
      .then((discovered) => {
        discovered.timeout = PROVIDER_TIMEOUT_S;
        return discovered;
      });
    configuration.catch(() => configurations.delete(key));
    configurations.set(key, configuration);
  }
  return configuration;
}

/** What a sign-in stores until the provider calls back. */
export interface OidcAttempt {
  state: string;
  codeVerifier: string;
  nonce: string;
}

/** The provider's authorization URL for a new attempt: code flow with PKCE (S256), state and nonce. */
export async function startOidcSignIn(
  configuration: client.Configuration,
  redirectUri: string,
): Promise<{ url: URL; attempt: OidcAttempt }> {
  const attempt = {
    state: client.randomState(),
    codeVerifier: client.randomPKCECodeVerifier(),
    nonce: client.randomNonce(),
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile email',
    state: attempt.state,
    nonce: attempt.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, attempt };
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Exchanges the callback's code (with the attempt's PKCE verifier, state and nonce checked) and reads
 * who signed in from the ID token. A provider that keeps name or e-mail out of the ID token (as the
 * specification allows when an access token is issued) is asked at its userinfo endpoint.
 */
export async function finishOidcSignIn(
  configuration: client.Configuration,
  callbackUrl: URL,
  attempt: OidcAttempt,
): Promise<Identity> {
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: attempt.codeVerifier,
    expectedState: attempt.state,
    expectedNonce: attempt.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('the provider sent no ID token');
  let userInfo: Record<string, unknown> = {};
  if (
    (text(claims.name) === null || text(claims.email) === null) &&
    configuration.serverMetadata().userinfo_endpoint
  ) {
    userInfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
  }
  const claim = (name: string) => text(claims[name]) ?? text(userInfo[name]);
  const email = claim('email');
  return {
    provider: `oidc:${configuration.serverMetadata().issuer}`,
    subject: claims.sub,
    name: claim('name') ?? claim('preferred_username') ?? email ?? claims.sub,
    email,
  };
}
