import type { InitiativeDetail } from '../../src/contracts/initiatives';
import type { FakeGitHub, FakeIssue } from '../../src/github/fake/fake-github';
import type { Database } from '../../src/store/database';
import { summarise, type LatencySummary } from '../stats';
import { getJson } from '../thread/http';

type Outcome = 'closed' | 'open' | 'missing';

export interface WebhookFigures {
  /**
   * From closing the issue on the fake to the initiative's page showing another progress, over the
   * closes that left the issue closed in Rødtråd (null when none did), and over all closes.
   */
  latency: LatencySummary | null;
  latencyAll: LatencySummary;
  /** Issues whose initiative's progress never moved within the time allowed. */
  unchanged: string[];
  /** Requests the sync made to the fake per closed issue, on average. */
  requestsPerClose: number;
  /** How each closed issue stands in Rødtråd afterwards: closed as it should, still open, or gone. */
  outcomes: Record<Outcome, number>;
}

interface Candidate {
  nodeId: string;
  key: string;
}

const POLL_MS = 10;
const GIVE_UP_MS = 10_000;

/**
 * Open mirrored issues whose closing must move an initiative: the epic open (not delivered), the
 * roadmap element open, the initiative without progress typed by hand; one per initiative, in a
 * fixed pseudo-random order.
 */
async function candidates(database: Database, orgId: string, count: number): Promise<Candidate[]> {
  return database.query<Candidate>(
    `SELECT node_id AS "nodeId", key FROM (
       SELECT DISTINCT ON (i.id) b.github_node_id AS node_id, i.key, hashtext(b.id::text) AS h
       FROM backlog_items b
       JOIN backlog_items epic ON epic.id = b.parent_id AND epic.state = 'open'
       JOIN epic_roadmap_elements le ON le.epic_id = epic.id
       JOIN roadmap_elements e ON e.id = le.element_id AND e.state = 'open'
       JOIN roadmap_element_initiatives li ON li.element_id = e.id
       JOIN initiatives i ON i.id = li.initiative_id AND i.progress_override IS NULL
       WHERE b.org_id = $1 AND b.kind = 'issue' AND b.state = 'open' AND b.github_node_id IS NOT NULL
       ORDER BY i.id, hashtext(b.id::text)
     ) AS c
     ORDER BY h LIMIT $2`,
    [orgId, count],
  );
}

/**
 * Closes `count` issues on the fake GitHub one after another, each delivered to the server's webhook
 * as GitHub would, and polls the initiative above it every 10 ms until its progress differs from
 * before. The time runs from the close to the first answer showing the new progress.
 */
export async function measureWebhookClose(
  fake: FakeGitHub,
  issues: readonly FakeIssue[],
  at: { base: string; database: Database; orgId: string },
  options: { count: number; idle: () => Promise<void> },
): Promise<WebhookFigures> {
  const { base, database, orgId } = at;
  const { count } = options;
  const byNode = new Map(issues.map((i) => [i.nodeId, i]));
  const picked = await candidates(database, orgId, count);
  if (picked.length < count) throw new Error(`only ${picked.length} open issues to close, ${count} wanted`);
  const samples: { ms: number; outcome: Outcome }[] = [];
  const unchanged: string[] = [];
  const requestsBefore = fake.stats.requests;
  const outcomes = { closed: 0, open: 0, missing: 0 };
  for (const c of picked) {
    const issue = byNode.get(c.nodeId);
    if (!issue) throw new Error(`issue ${c.nodeId} is not one the fake was seeded with`);
    const url = `${base}/initiatives/${encodeURIComponent(c.key)}`;
    const before = (await getJson<InitiativeDetail>(url)).body.progress;
    const start = performance.now();
    fake.closeIssue(issue);
    let moved: number | null = null;
    for (;;) {
      const now = (await getJson<InitiativeDetail>(url)).body.progress;
      const ms = performance.now() - start;
      if (now !== before) {
        moved = ms;
        break;
      }
      if (ms > GIVE_UP_MS) {
        unchanged.push(`${issue.owner}/${issue.repo}#${issue.number} (${c.key})`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    // The next close starts from a quiet server: this one's deliveries posted and processed.
    await fake.autoDeliverySettled();
    await options.idle();
    const [mirror] = await database.query<{ state: string }>(
      'SELECT state FROM backlog_items WHERE org_id = $1 AND github_node_id = $2',
      [orgId, c.nodeId],
    );
    // The progress also moves when the sync drops the issue instead of closing it: told apart here.
    const outcome: Outcome = mirror ? (mirror.state === 'closed' ? 'closed' : 'open') : 'missing';
    outcomes[outcome] += 1;
    if (moved !== null) samples.push({ ms: moved, outcome });
  }
  if (samples.length === 0)
    throw new Error(`no close moved its initiative's progress within ${GIVE_UP_MS} ms`);
  const closed = samples.filter((s) => s.outcome === 'closed').map((s) => s.ms);
  return {
    latency: closed.length > 0 ? summarise(closed) : null,
    latencyAll: summarise(samples.map((s) => s.ms)),
    unchanged,
    requestsPerClose: (fake.stats.requests - requestsBefore) / picked.length,
    outcomes,
  };
}
