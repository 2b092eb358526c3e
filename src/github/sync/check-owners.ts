import type { ConnectionCheck, GithubSettings } from '../../contracts/github-sync';
import { GithubError } from '../http/github-error';
import type { GithubClient } from '../http/github-client';
import { syncSourcesOf } from './sync-sources';

/**
 * Asks GitHub for each repository and board the settings name, with the configured credentials: what
 * `rodtrad github connect` shows before the first import. Teams' backlogs are checked by the import.
 */
export async function checkOwners(client: GithubClient, settings: GithubSettings): Promise<ConnectionCheck> {
  const sources = syncSourcesOf(settings, []);
  const checks: { owner: string; path: string }[] = [
    ...sources.repos.map((r) => ({ owner: r.owner, path: `/repos/${r.owner}/${r.repo}` })),
    ...sources.boards.map((b) => ({ owner: b.owner, path: `/orgs/${b.owner}/projectsV2/${b.number}` })),
  ];
  const found: ConnectionCheck['sources'] = [];
  for (const { owner, path } of checks) {
    const source = path.split('/').slice(2).join('/');
    try {
      await client.get(path, { owner });
      found.push({ source, reachable: true, message: null });
    } catch (err) {
      if (!(err instanceof GithubError) || err.code === 'unavailable' || err.code === 'timeout') throw err;
      found.push({ source, reachable: false, message: err.message });
    }
  }
  return { sources: found, rate: client.stats().rate };
}
