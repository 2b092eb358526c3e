import { z } from 'zod';
import type { Identity } from '../../services/accounts/users';
import type { GithubSignInOptions } from './auth-options';

/** Milliseconds a request to GitHub may take. */
const GITHUB_TIMEOUT_MS = 10_000;

/** What the sign-in reads: the profile, and the e-mail addresses when the profile shows none. */
const SCOPE = 'read:user user:email';

/** GitHub's authorization page for a new attempt (OAuth web flow with state and PKCE S256). */
export function githubAuthorizeUrl(
  github: GithubSignInOptions,
  request: { redirectUri: string; state: string; codeChallenge: string },
): URL {
  const url = new URL(`${github.webUrl}/login/oauth/authorize`);
  url.search = new URLSearchParams({
    client_id: github.clientId,
    redirect_uri: request.redirectUri,
    scope: SCOPE,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    allow_signup: 'false',
  }).toString();
  return url;
}

const TokenResponseSchema = z.union([
  z.object({ access_token: z.string().min(1) }),
  z.object({ error: z.string(), error_description: z.string().optional() }),
]);

const UserSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  name: z.string().nullish(),
  email: z.string().nullish(),
});

const EmailsSchema = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

async function getJson(url: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(GITHUB_TIMEOUT_MS) });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}`);
  return response.json();
}

/** Exchanges the callback's code, with the attempt's PKCE verifier, for an access token. */
export async function exchangeGithubCode(
  github: GithubSignInOptions,
  exchange: { code: string; redirectUri: string; codeVerifier: string },
): Promise<string> {
  const body = await getJson(`${github.webUrl}/login/oauth/access_token`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: github.clientId,
      client_secret: github.clientSecret,
      code: exchange.code,
      redirect_uri: exchange.redirectUri,
      code_verifier: exchange.codeVerifier,
    }).toString(),
  });
  const parsed = TokenResponseSchema.safeParse(body);
  if (!parsed.success) throw new Error('the token response is not one GitHub sends');
  // GitHub answers a refused exchange with 200 and an `error`.
  if ('error' in parsed.data) throw new Error(`the code exchange was refused: ${parsed.data.error}`);
  return parsed.data.access_token;
}

/**
 * Who the token belongs to: subject is the numeric user id (a login can be renamed and reused), the
 * name falls back to the login, the e-mail to the primary verified address.
 */
export async function githubIdentity(github: GithubSignInOptions, accessToken: string): Promise<Identity> {
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${accessToken}`,
    'user-agent': 'rodtrad',
    'x-github-api-version': '2022-11-28',
  };
  const user = UserSchema.parse(await getJson(`${github.apiUrl}/user`, { headers }));
  let email = user.email?.trim() || null;
  if (!email) {
    // Without the user:email grant this answers 404; the account then has no address.
    const emails = EmailsSchema.safeParse(
      await getJson(`${github.apiUrl}/user/emails`, { headers }).catch(() => []),
    );
    email = (emails.success && emails.data.find((e) => e.primary && e.verified)?.email) || null;
  }
  return { provider: 'github', subject: String(user.id), name: user.name?.trim() || user.login, email };
}
