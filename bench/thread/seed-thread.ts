import type { Database } from '../../src/store/database';
import { initiativeStatements } from './initiative-statements';
import { organisationStatements, type SeedStatement } from './organisation-statements';
import { PortfolioSql } from './portfolio-sql';
import { sizeAt, type ThreadSize } from './scale';
import { backlogStatements, elementStatements } from './thread-statements';

export interface SeededThread {
  slug: string;
  orgId: string;
  size: ThreadSize;
  /** Time per generated table (and the final VACUUM ANALYZE), in milliseconds. */
  steps: { table: string; ms: number }[];
  totalMs: number;
}

/** The tables the generator fills, in the order of the row counts it reports. */
export const SEEDED_TABLES = [
  'people',
  'teams',
  'strategic_items',
  'initiatives',
  'initiative_strategic_items',
  'initiative_dependencies',
  'status_updates',
  'roadmap_elements',
  'roadmap_element_initiatives',
  'roadmap_element_dependencies',
  'backlog_items',
  'epic_roadmap_elements',
] as const;

/**
 * Generates a whole portfolio at `scale` straight into the tables, set-based: one INSERT … SELECT
 * FROM generate_series per table (issues in batches). Deterministic: the same scale and slug give the
 * same rows on PostgreSQL and PGlite (dates are relative to today). Ends with VACUUM ANALYZE, so the
 * planner and the visibility map are where a running database's autovacuum would have them.
 */
export async function seedThread(
  database: Database,
  options: {
    scale: number;
    slug?: string;
    /** Batches written at once (connections); 1 on PGlite. */
    concurrency?: number;
    log?: (line: string) => void;
  },
): Promise<SeededThread> {
  const slug = options.slug ?? 'bench';
  if (!/^[a-z0-9-]+$/.test(slug)) throw new Error(`slug ${slug} must be lowercase letters, digits and -`);
  const size = sizeAt(options.scale);
  const sql = new PortfolioSql(slug, size);
  const [org] = await database.query<{ id: string }>(`SELECT ${sql.id('org', '0')} AS id`);
  if (!org) throw new Error('no organisation id');
  const orgId = org.id;
  const statements = [
    ...organisationStatements(sql, orgId, slug),
    ...initiativeStatements(sql, orgId),
    ...elementStatements(sql, orgId),
    ...backlogStatements(sql, orgId),
  ];
  const steps: { table: string; ms: number }[] = [];
  const started = performance.now();
  for (let i = 0; i < statements.length;) {
    // A run of batches goes to `concurrency` connections at once; anything else runs alone, in order.
    let end = i + 1;
    while (statements[i]?.batch && statements[end]?.batch) end++;
    const group = statements.slice(i, end);
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      for (let s = next++; s < group.length; s = next++)
        await database.query((group[s] as SeedStatement).sql);
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 1, group.length) }, worker));
    const ms = performance.now() - t0;
    const table = (group[0] as SeedStatement).table;
    steps.push({ table, ms });
    options.log?.(`    ${table}: ${ms.toFixed(0)} ms`);
    i = end;
  }
  const t0 = performance.now();
  await database.query(`VACUUM (ANALYZE) ${SEEDED_TABLES.join(', ')}`);
  steps.push({ table: 'VACUUM ANALYZE', ms: performance.now() - t0 });
  return { slug, orgId, size, steps, totalMs: performance.now() - started };
}

/** Rows of each generated table in the organisation, epics and issues apart. */
export async function countThread(database: Database, orgId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of SEEDED_TABLES) {
    if (table === 'backlog_items') {
      const rows = await database.query<{ kind: string; n: number }>(
        'SELECT kind, count(*)::int AS n FROM backlog_items WHERE org_id = $1 GROUP BY kind ORDER BY kind',
        [orgId],
      );
      for (const r of rows) counts[`backlog_items (${r.kind}s)`] = r.n;
      continue;
    }
    const [row] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`,
      [orgId],
    );
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

/** The mix the issue asks for: states of issues and epics, and the links that are missing on purpose. */
export async function describeThread(database: Database, orgId: string): Promise<Record<string, string>> {
  const [mix] = await database.query<Record<string, number>>(
    `SELECT
       avg((state = 'closed' AND state_reason = 'completed')::int) FILTER (WHERE kind = 'issue')::float8 AS done,
       avg((state = 'closed' AND state_reason = 'not-planned')::int) FILTER (WHERE kind = 'issue')::float8 AS not_planned,
       avg((state = 'open')::int) FILTER (WHERE kind = 'issue')::float8 AS open,
       avg((state = 'closed')::int) FILTER (WHERE kind = 'epic')::float8 AS epics_closed,
       avg((github_number IS NOT NULL)::int)::float8 AS on_github
     FROM backlog_items WHERE org_id = $1`,
    [orgId],
  );
  const [gaps] = await database.query<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM backlog_items b WHERE b.org_id = $1 AND b.kind = 'epic'
          AND NOT EXISTS (SELECT 1 FROM epic_roadmap_elements l WHERE l.epic_id = b.id)) AS epics_serving_nothing,
       (SELECT count(*)::int FROM roadmap_elements e WHERE e.org_id = $1
          AND NOT EXISTS (SELECT 1 FROM epic_roadmap_elements l WHERE l.element_id = e.id)) AS elements_without_epics,
       (SELECT count(*)::int FROM initiatives i WHERE i.org_id = $1
          AND NOT EXISTS (SELECT 1 FROM roadmap_element_initiatives l WHERE l.initiative_id = i.id)) AS initiatives_without_elements`,
    [orgId],
  );
  const pct = (v: number | undefined) => `${((v ?? 0) * 100).toFixed(1)} %`;
  return {
    'issues closed completed': pct(mix?.done),
    'issues closed not planned': pct(mix?.not_planned),
    'issues open': pct(mix?.open),
    'epics closed': pct(mix?.epics_closed),
    'epics and issues on GitHub': pct(mix?.on_github),
    'epics serving nothing': String(gaps?.epics_serving_nothing ?? 0),
    'elements without epics': String(gaps?.elements_without_epics ?? 0),
    'initiatives without elements': String(gaps?.initiatives_without_elements ?? 0),
  };
}
