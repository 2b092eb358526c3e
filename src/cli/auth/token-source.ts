import type { CredentialsStore, Env } from './credentials';

/**
 * Where the token of a run came from: --token, RODTRAD_TOKEN, `rodtrad login`'s file, or nowhere;
 * 'login' is the new token `rodtrad login` is checking.
 */
export type TokenSource = 'flag' | 'env' | 'stored' | 'none' | 'login';

export interface ResolvedAuth {
  token: string | undefined;
  source: TokenSource;
  server: string;
  /** The credentials file, for messages. */
  file: string;
}

/** --token wins over RODTRAD_TOKEN, which wins over the stored token; the file is read only when needed. */
export function resolveToken(
  server: string,
  flag: string | undefined,
  env: Env,
  store: CredentialsStore,
): ResolvedAuth {
  const base = { server, file: store.file };
  if (flag) return { ...base, token: flag, source: 'flag' };
  const fromEnv = env.RODTRAD_TOKEN?.trim();
  if (fromEnv) return { ...base, token: fromEnv, source: 'env' };
  const stored = store.get(server);
  if (stored) return { ...base, token: stored.token, source: 'stored' };
  return { ...base, token: undefined, source: 'none' };
}

export function describeTokenSource(auth: ResolvedAuth): string {
  switch (auth.source) {
    case 'flag':
      return '--token';
    case 'env':
      return 'RODTRAD_TOKEN';
    case 'stored':
      return `the token \`rodtrad login\` stored in ${auth.file}`;
    case 'none':
      return 'no token';
    case 'login':
      return 'the token given to `rodtrad login`';
  }
}

const GET_A_TOKEN = [
  '  Get a token in the web app (your account, API tokens), with `rodtrad token create` while signed in,',
  '  or with `rodtrad admin create-token` next to the database; then store it with `rodtrad login`',
  '  (it reads the token from standard input) or set RODTRAD_TOKEN.',
];

/** What to tell someone the server answered 401: where the refused token came from, and how to get one. */
export function unauthorisedHint(auth: ResolvedAuth): string[] {
  if (auth.source === 'none') {
    return [
      `You are not signed in to ${auth.server}: there is no --token, no RODTRAD_TOKEN and no token stored for it.`,
      ...GET_A_TOKEN,
    ];
  }
  if (auth.source === 'login') {
    return [`The token given to \`rodtrad login\` was refused; nothing was stored.`, ...GET_A_TOKEN];
  }
  return [
    `The token came from ${describeTokenSource(auth)}.`,
    ...GET_A_TOKEN,
    ...(auth.source === 'stored' ? ['  `rodtrad logout` forgets the stored token.'] : []),
  ];
}

/** What to tell someone the server answered 403. */
export function forbiddenHint(auth: ResolvedAuth): string[] {
  const which = auth.source === 'none' ? '' : ` (from ${describeTokenSource(auth)})`;
  return [
    `The server knows who you are but does not allow this to your role or to the token's scope${which}.`,
    '  `rodtrad whoami` shows your account and memberships; an administrator gives roles with `rodtrad member set`.',
  ];
}
