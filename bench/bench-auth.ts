import { DEFAULT_AUTH_OPTIONS, type AuthOptions } from '../src/server/access/auth-options';
import { createApiToken } from '../src/services/accounts/api-tokens';
import { signInIdentity } from '../src/services/accounts/users';
import type { Database } from '../src/store/database';

/** The API needs sign-in: the benchmarks act as an administrator with an API token. */
let token: string | null = null;

/** Creates (or reuses) the benchmark's administrator and makes its token the one `benchFetch` sends. */
export async function signInBench(database: Database): Promise<string> {
  const user = await signInIdentity(
    database,
    { provider: 'bench', subject: 'admin', name: 'Benchmark', email: null },
    { isAdmin: true },
  );
  token = (
    await createApiToken(database, user.id, 'bench', { name: 'bench', scope: 'admin', expiresInDays: 1 })
  ).token;
  return token;
}

/** fetch with the benchmark's token, so every figure includes authentication as real clients pay it. */
export function benchFetch(url: string, init: RequestInit = {}): Promise<Response> {
  if (!token) throw new Error('signInBench() first');
  return fetch(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
  });
}

/** A benchmark sends thousands of requests a minute from one address: no rate limit on its tokens. */
export const BENCH_AUTH: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, tokenRequestsPerMinute: 1_000_000 };
