import { createSignInLink, SIGN_IN_LINK_TTL_MS } from '../services/accounts/sign-in-links';
import { ensureLocalAdmin } from '../services/accounts/users';
import type { Database } from '../services/store-lifecycle';
import { usesLocalSignIn, type AuthOptions } from './access/auth-options';

/**
 * What `rodtrad serve` prints under its URL line about signing in. With no provider configured: the
 * local administrator (created on the first start) and a fresh one-time link, on every start, so the
 * person at the laptop can always get in. With providers: which ones are on.
 */
export async function startUpSignIn(
  database: Database,
  auth: AuthOptions,
  serverUrl: string,
): Promise<string> {
  if (!usesLocalSignIn(auth)) {
    const providers = [
      ...(auth.oidc ? [`${auth.oidc.label} (OpenID Connect, ${auth.oidc.issuer})`] : []),
      ...(auth.github ? [`GitHub (${auth.github.webUrl})`] : []),
    ];
    return `Sign-in with ${providers.join(' and ')}.\n`;
  }
  const admin = await ensureLocalAdmin(database);
  const secret = await createSignInLink(database, admin.id);
  const hours = SIGN_IN_LINK_TTL_MS / 3_600_000;
  const base = auth.publicUrl ?? serverUrl;
  return `Sign in (one-time link, valid ${hours} hour${hours === 1 ? '' : 's'}): ${base}/auth/link/${secret}\n`;
}
