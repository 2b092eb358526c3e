import type { RecomputeResult } from '../../contracts/thread';
import type { Database } from '../../store/database';
import { listOrganisations } from '../../store/repositories/organisations-repository';
import { recomputeEverything } from './recompute-thread';

/**
 * Recomputes every organisation. Health depends on the date (an end passes, work goes stale) even when
 * nothing is written, so the server runs this when the day changes.
 */
export async function recomputeOrganisations(
  database: Database,
  actor: string,
): Promise<Array<RecomputeResult & { org: string }>> {
  const results = [];
  for (const org of await listOrganisations(database.db)) {
    results.push({ org: org.slug, ...(await recomputeEverything({ database, orgId: org.id, actor })) });
  }
  return results;
}
