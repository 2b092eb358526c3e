import { readFileSync } from 'node:fs';
import type { GithubConnectionConfig } from '../github/github-sync';
import type { Config } from './config';

/**
 * The GitHub connection the configuration describes: a GitHub App (id and private key, inline or from
 * a file) or a token; null when neither is set. The key is read here, once, and never logged.
 */
export function githubConnectionOf(
  config: Config,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): GithubConnectionConfig | null {
  const base = {
    apiUrl: config.GITHUB_API_URL,
    ...(config.GITHUB_GRAPHQL_URL ? { graphqlUrl: config.GITHUB_GRAPHQL_URL } : {}),
  };
  if (config.GITHUB_APP_ID !== undefined) {
    const privateKeyPem =
      config.GITHUB_APP_PRIVATE_KEY?.replace(/\\n/g, '\n') ??
      readFile(config.GITHUB_APP_PRIVATE_KEY_FILE ?? '');
    return { ...base, auth: { kind: 'app', appId: config.GITHUB_APP_ID, privateKeyPem } };
  }
  if (config.GITHUB_TOKEN) return { ...base, auth: { kind: 'token', token: config.GITHUB_TOKEN } };
  return null;
}
