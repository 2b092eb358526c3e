import type { Database } from '../../src/store/database';
import { getJson, sendJson } from './http';
import { closeCandidates } from './measure-close-issue';
import { typicalInitiatives } from './measure-trace';
import { profileRequest } from './profile';

/**
 * One request of each figure with its statements recorded (PostgreSQL): how many it sends, how long
 * they take, the slowest, and with `explain` their plans. For finding where a missed target goes.
 */
export async function profileThread(
  base: string,
  database: Database,
  orgId: string,
  explain: boolean,
): Promise<string> {
  const [traced] = await typicalInitiatives(database, orgId);
  // Past the ones the measurement closed: the candidates come in a fixed order.
  const [close] = (await closeCandidates(database, orgId, 1_000)).slice(-1);
  if (!traced || !close) throw new Error('nothing to profile');
  const itemUrl = `${base}/backlog/items/${close.issue}`;
  const initiativeUrl = `${base}/initiatives/${encodeURIComponent(close.key)}`;
  const { etag } = await getJson(itemUrl);
  const requests: [string, () => Promise<unknown>][] = [
    ['GET /rollup', () => getJson(`${base}/rollup`)],
    [`GET /trace?ref=${traced.key}`, () => getJson(`${base}/trace?ref=${encodeURIComponent(traced.key)}`)],
    ['GET /checks', () => getJson(`${base}/checks`)],
    [`GET /initiatives/${close.key}`, () => getJson(initiativeUrl)],
    [
      'PATCH /backlog/items/:id (close)',
      () =>
        sendJson(
          'PATCH',
          itemUrl,
          { state: 'closed', stateReason: 'completed' },
          { ifMatch: etag ?? undefined },
        ),
    ],
    ['POST /rollup/recompute', () => sendJson('POST', `${base}/rollup/recompute`, undefined)],
  ];
  const out: string[] = [];
  for (const [name, request] of requests) {
    // Warm once (not for the write), so the profile is a steady-state request.
    if (name.startsWith('GET')) await request();
    out.push(await profileRequest(name, database, request, { explain }));
  }
  return out.join('\n');
}
