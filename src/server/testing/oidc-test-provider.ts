import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type TestAccount } from 'oidc-provider';
import type { OidcOptions } from '../access/auth-options';

/** The claims the test provider issues for whatever login is typed into its form. */
export const testClaimsOf = (login: string) => ({
  sub: login,
  name: `Testperson ${login}`,
  email: `${login}@example.no`,
  email_verified: true,
});

export interface OidcTestProvider {
  /** e.g. http://127.0.0.1:41234 */
  issuer: string;
  /** What the app is configured with to use it. */
  options: OidcOptions;
  /** Starts answering, for a client whose redirect URI is `redirectUri` (known once the app listens). */
  serve(redirectUri: string): void;
  /** Errors the provider reported while serving; a test expects none. */
  errors: string[];
  close(): Promise<void>;
}

/** Minutes, in seconds, for everything the provider issues: long enough for any test. */
const TTL_S = 600;

/**
 * A real, certified OpenID Connect provider (oidc-provider) on 127.0.0.1 and a free port, with one
 * confidential client. Its development login form accepts any login and password; the login becomes
 * the subject. Two steps, because the app's redirect URI is known only after the app listens, and the
 * app is configured with the issuer before it listens.
 */
export async function openOidcTestProvider(): Promise<OidcTestProvider> {
  let handler: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const server = createServer((request, response) => {
    if (!handler) {
      response.statusCode = 503;
      response.end('not serving yet');
      return;
    }
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const options: OidcOptions = {
    issuer,
    clientId: 'rodtrad-test',
    clientSecret: randomBytes(24).toString('base64url'),
    label: 'Testleverandør',
  };
  const errors: string[] = [];
  return {
    issuer,
    options,
    errors,
    serve(redirectUri) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: options.clientId,
            client_secret: options.clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
        cookies: { keys: [randomBytes(32).toString('base64url')] },
        claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
        // The claims of the requested scopes go into the ID token, as Keycloak and Entra ID do.
        conformIdTokenClaims: false,
        features: { devInteractions: { enabled: true } },
        pkce: { required: () => true },
        findAccount: (_ctx: unknown, id: string): TestAccount => ({
          accountId: id,
          claims: () => testClaimsOf(id),
        }),
        ttl: {
          AccessToken: TTL_S,
          AuthorizationCode: TTL_S,
          IdToken: TTL_S,
          Interaction: TTL_S,
          Session: TTL_S,
          Grant: TTL_S,
        },
      });
      provider.on('server_error', (_ctx, error) => errors.push(String(error)));
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
