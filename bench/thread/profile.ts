import type { Database } from '../../src/store/database';
import { logQueries, type LoggedQuery } from './query-log';

const oneLine = (text: string, max = 140) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** A plan summarised: the top line's time and the nodes that took the most of it. */
function summarisePlan(plan: string[]): string {
  const nodes = plan
    .map((line) => ({ line, time: /actual time=[\d.]+\.\.([\d.]+) rows=(\d+) loops=(\d+)/.exec(line) }))
    .filter((n) => n.time)
    .map((n) => ({
      line: n.line.trim().replace(/\s*\(cost=[^)]*\)/, ''),
      ms: Number(n.time?.[1]) * Number(n.time?.[3]),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 4);
  const total = plan.find((l) => l.startsWith('Execution Time'));
  return [`      ${total ?? ''}`, ...nodes.map((n) => `        ${oneLine(n.line, 170)}`)].join('\n');
}

/**
 * Runs one request with its statements recorded, and reports how many statements it sent, their time,
 * the slowest of them and, with `explain`, EXPLAIN ANALYZE of the slowest reads (writes are not run twice).
 */
export async function profileRequest(
  name: string,
  database: Database,
  request: () => Promise<unknown>,
  options: { explain: boolean; top?: number },
): Promise<string> {
  const start = performance.now();
  const { queries } = await logQueries(request);
  const wall = performance.now() - start;
  const dbMs = queries.reduce((sum, q) => sum + q.ms, 0);
  const lines = [
    `  ${name}: ${wall.toFixed(1)} ms, ${queries.length} statements taking ${dbMs.toFixed(1)} ms of it`,
  ];
  // Every statement in the order sent when there are few; otherwise the slowest.
  const top = options.top ?? 30;
  const shown = queries.length <= top ? queries : [...queries].sort((a, b) => b.ms - a.ms).slice(0, 6);
  const slow = new Set([...queries].sort((a, b) => b.ms - a.ms).slice(0, 3));
  for (const q of shown) {
    lines.push(`    ${q.ms.toFixed(1).padStart(7)} ms  ${oneLine(q.text)}`);
    if (options.explain && slow.has(q) && isRead(q)) lines.push(await explain(database, q));
  }
  return lines.join('\n');
}

const isRead = (q: LoggedQuery) =>
  /^\s*(select|with)\b/i.test(q.text) && !/\b(insert|update|delete)\b/i.test(q.text);

async function explain(database: Database, q: LoggedQuery): Promise<string> {
  try {
    const rows = await database.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`,
      q.values,
    );
    return summarisePlan(rows.map((r) => r['QUERY PLAN']));
  } catch (err) {
    return `      (no plan: ${err instanceof Error ? err.message : String(err)})`;
  }
}
