import { benchFetch } from '../bench-auth';
import type { Database } from '../../src/store/database';

/** The thread routes the figures need, with a real id or key from the seeded portfolio in each. */
async function probes(database: Database, orgId: string): Promise<{ name: string; path: string }[]> {
  const [sample] = await database.query<{ key: string; issue: string; element: string }>(
    `SELECT i.key, b.id AS issue, l.element_id AS element
     FROM initiatives i
     JOIN roadmap_element_initiatives l ON l.initiative_id = i.id
     JOIN epic_roadmap_elements el ON el.element_id = l.element_id
     JOIN backlog_items b ON b.parent_id = el.epic_id
     WHERE i.org_id = $1 LIMIT 1`,
    [orgId],
  );
  if (!sample) throw new Error('the seeded portfolio has no initiative with issues');
  return [
    { name: 'roadmap elements', path: `/roadmap/elements/${sample.element}` },
    { name: 'backlog items', path: `/backlog/items/${sample.issue}` },
    { name: 'initiative', path: `/initiatives/${encodeURIComponent(sample.key)}` },
    { name: 'trace', path: `/trace?ref=${encodeURIComponent(sample.key)}` },
    { name: 'portfolio roll-up', path: '/rollup' },
    { name: 'checks', path: '/checks' },
  ];
}

export interface ProbeResult {
  name: string;
  path: string;
  status: number;
  /** The route does not exist yet: the server's own 404 for unknown paths. */
  missing: boolean;
}

/** GETs each thread route once; a route that is not there answers the "does not exist" 404. */
export async function probeThreadApi(
  base: string,
  database: Database,
  orgId: string,
): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const probe of await probes(database, orgId)) {
    const res = await benchFetch(`${base}${probe.path}`);
    const text = await res.text();
    results.push({
      ...probe,
      status: res.status,
      missing: res.status === 404 && /does not exist/.test(text),
    });
  }
  return results;
}

export function describeProbe(results: ProbeResult[]): string {
  return results
    .map((r) => `  ${r.missing ? 'missing' : String(r.status).padEnd(7)} ${r.name}: GET ${r.path}`)
    .join('\n');
}
