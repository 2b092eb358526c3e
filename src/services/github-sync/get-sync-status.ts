import type { GithubConnection, SyncStatus } from '../../contracts/github-sync';
import { getGithubSettings } from './github-settings';
import { listSyncRuns } from './sync-runs';
import { deliveryQueueState } from './webhook-deliveries';
import type { ServiceContext } from '../shared/context';

/** What the settings page and `rodtrad sync --status` show: connection, sources, runs and the queue. */
export async function getSyncStatus(ctx: ServiceContext, connection: GithubConnection): Promise<SyncStatus> {
  const [settings, runs, queue] = await Promise.all([
    getGithubSettings(ctx),
    listSyncRuns(ctx, 10),
    deliveryQueueState(ctx.database),
  ]);
  return { connection, settings, runs, queue };
}
