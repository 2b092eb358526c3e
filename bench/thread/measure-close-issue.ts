import type { BacklogItem } from '../../src/contracts/backlog';
import type { InitiativeDetail } from '../../src/contracts/initiatives';
import type { Database } from '../../src/store/database';
import { summarise, timed, type LatencySummary } from '../stats';
import { getJson, sendJson } from './http';

export interface CloseIssueFigures {
  /** PATCH closing the issue, then GET of the initiative it rolls up to: the pair. */
  pair: LatencySummary;
  /** The PATCH alone. */
  close: LatencySummary;
  /** How often the initiative's progress read afterwards was higher than before. */
  rose: number;
  measured: number;
}

interface Candidate {
  issue: string;
  key: string;
}

/**
 * Open issues whose closing must move an initiative: the epic is open (not delivered), the roadmap
 * element open (relevant), and the initiative has no progress typed by hand (which would hide the
 * computed one). In a fixed pseudo-random order.
 */
export async function closeCandidates(
  database: Database,
  orgId: string,
  count: number,
): Promise<Candidate[]> {
  return database.query<Candidate>(
    `SELECT issue, key FROM (
       SELECT DISTINCT ON (b.id) b.id AS issue, i.key
       FROM backlog_items b
       JOIN backlog_items epic ON epic.id = b.parent_id AND epic.state = 'open'
       JOIN epic_roadmap_elements le ON le.epic_id = epic.id
       JOIN roadmap_elements e ON e.id = le.element_id AND e.state = 'open'
       JOIN roadmap_element_initiatives li ON li.element_id = e.id
       JOIN initiatives i ON i.id = li.initiative_id AND i.progress_override IS NULL
       WHERE b.org_id = $1 AND b.kind = 'issue' AND b.state = 'open'
       ORDER BY b.id, i.key
     ) AS c
     ORDER BY hashtext(issue::text) LIMIT $2`,
    [orgId, count],
  );
}

/** Progress as the initiative's page reads it (0–1, the override when one is typed). */
const progressOf = async (url: string): Promise<number | null> =>
  (await getJson<InitiativeDetail>(url)).body.progress;

/**
 * Closes one issue as completed with If-Match from a GET, then reads the initiative it rolls up to:
 * the pair is what a person waits for. The ETag and the progress before are read outside the timing.
 * Fails when, in any ten closes in a row, the progress read afterwards never rose: then the close did
 * not roll up before the write returned.
 */
export async function measureCloseIssue(
  base: string,
  database: Database,
  orgId: string,
  options: { requests: number; warmup: number },
): Promise<CloseIssueFigures> {
  const total = options.warmup + options.requests;
  const picked = await closeCandidates(database, orgId, total);
  if (picked.length < total) throw new Error(`only ${picked.length} open issues to close, ${total} needed`);
  const pairs: number[] = [];
  const closes: number[] = [];
  const rises: boolean[] = [];
  for (const [n, c] of picked.entries()) {
    const itemUrl = `${base}/backlog/items/${c.issue}`;
    const initiativeUrl = `${base}/initiatives/${encodeURIComponent(c.key)}`;
    const { etag } = await getJson<BacklogItem>(itemUrl);
    if (!etag) throw new Error(`GET ${itemUrl} answered no ETag`);
    const before = await progressOf(initiativeUrl);
    let closeMs = 0;
    const pair = await timed(async () => {
      const close = await timed(() =>
        sendJson<BacklogItem>(
          'PATCH',
          itemUrl,
          { state: 'closed', stateReason: 'completed' },
          { ifMatch: etag },
        ),
      );
      closeMs = close.ms;
      return progressOf(initiativeUrl);
    });
    if (n < options.warmup) continue;
    pairs.push(pair.ms);
    closes.push(closeMs);
    rises.push((pair.value ?? 0) > (before ?? 0));
  }
  if (rises.length > 0 && !rises.some(Boolean))
    throw new Error("closing issues never raised their initiative's progress: the roll-up did not reach it");
  for (let i = 0; i + 10 <= rises.length; i++) {
    if (!rises.slice(i, i + 10).some(Boolean)) {
      throw new Error(
        `closing issues ${i + 1}–${i + 10} never raised their initiative's progress: the roll-up did not reach it`,
      );
    }
  }
  return {
    pair: summarise(pairs),
    close: summarise(closes),
    rose: rises.filter(Boolean).length,
    measured: rises.length,
  };
}
