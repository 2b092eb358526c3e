import { TOPICS, type SeedStatement } from './organisation-statements';
import { activityDays, daysAgo, type PortfolioSql } from './portfolio-sql';
import { clamp, rint, rnd, textArray } from './sql-random';

/** Rows per INSERT … SELECT of issues: keeps PGlite's memory small and lets PostgreSQL write batches in parallel. */
export const ISSUE_BATCH = 25_000;

/** A start and end around today: `progress` (0–1) of the way through, `days` long; 5 % have none. */
function scheduled(n: string, salt: number, progress: string, days: string) {
  const elapsed = clamp(`${progress} + 0.3 * (${rnd(n, salt)} - 0.5)`, 0, 1.1);
  const start = `(current_date - round(${elapsed} * (${days}))::int)`;
  const dated = `${rnd(n, salt + 1)} >= 0.05`;
  return {
    start: `CASE WHEN ${dated} THEN ${start} END`,
    end: `CASE WHEN ${dated} THEN ${start} + (${days})::int END`,
  };
}

const github = (dated: string, repo: string, number: string) => ({
  owner: `CASE WHEN ${dated} THEN 'digdir' END`,
  repo: `CASE WHEN ${dated} THEN ${repo} END`,
  number: `CASE WHEN ${dated} THEN ${number} END`,
  url: `CASE WHEN ${dated} THEN 'https://github.com/digdir/' || ${repo} || '/issues/' || ${number} END`,
});

/** Roadmap elements with the initiatives they serve and their dependencies. */
export function elementStatements(p: PortfolioSql, orgId: string): SeedStatement[] {
  const org = `'${orgId}'::uuid`;
  const s = p.size;
  const all = `generate_series(0, ${s.elements - 1}) AS e`;
  const dates = scheduled('e', 51, 'x.m', `60 + ${rint('e', 53, 300)}`);
  const gh = github(`${rnd('e', 54)} < 0.3`, `'roadmap'`, 'e + 1');
  const placeholder = `${rnd('e', 55)} < 0.02`;
  return [
    {
      table: 'roadmap_elements',
      sql: `WITH x AS MATERIALIZED (
          SELECT e, ${p.elementMaturity('e')} AS m, ${rnd('e', 64)} < 0.02 AS closed FROM ${all}
        )
        INSERT INTO roadmap_elements (id, org_id, title, product_id, labels, status, state, state_reason,
          start_on, end_on, estimate_person_weeks, milestone, overview, expected_result, how_it_works,
          github_owner, github_repo, github_number, url, activity_at, created_at, updated_at)
        SELECT ${p.id('element', 'e')}, ${org},
          'Veikartelement ' || (e + 1) || ': ' || (${textArray(TOPICS)})[1 + e % ${TOPICS.length}] || ' i nye kanaler',
          ${p.id('product', rint('e', 56, s.products))},
          CASE WHEN ${rnd('e', 57)} < 0.3 THEN ARRAY['Program ' || (1 + e % 5)] ELSE '{}'::text[] END,
          CASE WHEN x.m > 0.9 THEN 'delivered' WHEN x.m > 0.2 THEN 'in-progress'
            WHEN ${rnd('e', 58)} < 0.5 THEN 'backlog' ELSE 'under-consideration' END,
          CASE WHEN x.closed OR x.m > 0.9 THEN 'closed' ELSE 'open' END,
          CASE WHEN x.closed THEN 'not-planned' WHEN x.m > 0.9 THEN 'completed' END,
          ${dates.start}, ${dates.end},
          CASE WHEN ${rnd('e', 59)} < 0.85 THEN 2 + ${rint('e', 60, 39)} END,
          CASE WHEN ${rnd('e', 61)} < 0.2 THEN 'Q' || (1 + e % 4) || ' 2026' END,
          CASE WHEN ${placeholder} THEN 'TBA' ELSE 'Elementet gir brukerne en enklere tjeneste.' END,
          CASE WHEN ${placeholder} THEN 'Draft epos' ELSE 'Færre manuelle henvendelser.' END,
          'Teamene leverer i små steg.',
          ${gh.owner}, ${gh.repo}, ${gh.number}, ${gh.url},
          ${activityDays('e', 62, 30)}, now() - interval '1 year', ${activityDays('e', 63, 30)}
        FROM x`,
    },
    {
      table: 'roadmap_element_initiatives',
      // Each element serves one initiative; one in ten serves a second.
      sql: `INSERT INTO roadmap_element_initiatives (org_id, element_id, initiative_id)
        SELECT DISTINCT ${org}, ${p.id('element', 'e')}, ${p.id('initiative', 'v.i')}
        FROM ${all} CROSS JOIN LATERAL (VALUES (${p.initiativeOf('e')}, true),
          (${rint('e', 65, s.initiatives)}, ${rnd('e', 66)} < 0.1)) AS v(i, wanted)
        WHERE v.wanted`,
    },
    {
      table: 'roadmap_element_dependencies',
      // Only on elements with a lower number: never a cycle.
      sql: `INSERT INTO roadmap_element_dependencies (org_id, element_id, depends_on_id)
        SELECT ${org}, ${p.id('element', 'e')}, ${p.id('element', rint('e', 67, 'e'))}
        FROM ${all} WHERE e > 0 AND ${rnd('e', 68)} < 0.05`,
    },
  ];
}

/** Epics, the elements they serve, and their issues in batches. */
export function backlogStatements(p: PortfolioSql, orgId: string): SeedStatement[] {
  const org = `'${orgId}'::uuid`;
  const s = p.size;
  const epics = `generate_series(0, ${s.epics - 1}) AS j`;
  const dates = scheduled('j', 71, 'x.m', `20 + ${rint('j', 73, 120)}`);
  const gh = github(`${rnd('j', 74)} < 0.6`, `'repo-' || (j % 40)`, '(j / 40 + 1)');
  const statements: SeedStatement[] = [
    {
      table: 'backlog_items (epics)',
      sql: `WITH x AS MATERIALIZED (
          SELECT j, ${p.epicMaturity('j')} AS m, ${rnd('j', 82)} < 0.015 AS dropped FROM ${epics}
        )
        INSERT INTO backlog_items (id, org_id, kind, title, body, team_id, state, state_reason, issue_type, labels,
          start_on, due_on, estimate, closed_at, activity_at, github_owner, github_repo, github_number, url,
          created_at, updated_at)
        SELECT ${p.id('epic', 'j')}, ${org}, 'epic',
          CASE WHEN ${rnd('j', 75)} < 0.015 THEN 'Draft epos' ELSE 'Epos ' || (j + 1) || ': ' || (${textArray(TOPICS)})[1 + j % ${TOPICS.length}] END,
          'Epos for benchmarken.', ${p.id('team', rint('j', 76, s.teams))},
          CASE WHEN x.m >= 0.97 OR x.dropped THEN 'closed' ELSE 'open' END,
          CASE WHEN x.dropped THEN 'not-planned' WHEN x.m >= 0.97 THEN 'completed' END,
          CASE WHEN ${gh.number} IS NOT NULL THEN 'Epic' END, ARRAY['epic'],
          ${dates.start}, ${dates.end},
          CASE WHEN ${rnd('j', 77)} < 0.25 THEN 1 + ${rint('j', 78, 20)} END,
          CASE WHEN x.m >= 0.97 OR x.dropped THEN ${daysAgo(rint('j', 79, 60))} END,
          ${activityDays('j', 80, 30)},
          ${gh.owner}, ${gh.repo}, ${gh.number}, ${gh.url},
          now() - interval '1 year', ${activityDays('j', 81, 30)}
        FROM x`,
    },
    {
      table: 'epic_roadmap_elements',
      // One in a hundred epics serves nothing, so "epic serving nothing" fires.
      sql: `INSERT INTO epic_roadmap_elements (org_id, epic_id, element_id)
        SELECT ${org}, ${p.id('epic', 'j')}, ${p.id('element', p.elementOf('j'))}
        FROM ${epics} WHERE ${rnd('j', 83)} >= 0.01`,
    },
  ];
  for (let lo = 0; lo < s.issues; lo += ISSUE_BATCH) {
    const hi = Math.min(s.issues, lo + ISSUE_BATCH) - 1;
    statements.push({ table: 'backlog_items (issues)', sql: issueStatement(p, org, lo, hi), batch: true });
  }
  return statements;
}

/**
 * Issues lo..hi: about 45 % closed as completed (more in mature epics), 5 % closed as not planned, the
 * rest open, a few of those reopened.
 */
function issueStatement(p: PortfolioSql, org: string, lo: number, hi: number): string {
  const s = p.size;
  const gh = github(`${rnd('k', 90)} < 0.6`, `'repo-' || (k % 40)`, '(1000000 + k / 40)');
  const done = `x.u < x.m`;
  const dropped = `x.u > 0.95 AND NOT (${done})`;
  // The random draws are materialised once per row: referenced from several columns, a pulled-up
  // subquery would evaluate the whole chain of hashes again for each reference.
  return `WITH x AS MATERIALIZED (
      SELECT k, j, ${p.epicMaturity('j')} AS m, ${rnd('k', 99)} AS u, ${daysAgo(`${rnd('k', 100)} * 300`)} AS closed
      FROM (SELECT k, ${p.epicOf('k')} AS j FROM generate_series(${lo}, ${hi}) AS k OFFSET 0) AS drawn
    )
    INSERT INTO backlog_items (id, org_id, kind, title, team_id, parent_id, state, state_reason, issue_type,
      labels, assignees, due_on, closed_at, activity_at, github_owner, github_repo, github_number, url,
      created_at, updated_at)
    SELECT ${p.id('issue', 'k')}, ${org}, 'issue',
      'Oppgave ' || (k + 1) || ': ' || (${textArray(TOPICS)})[1 + k % ${TOPICS.length}],
      ${p.id('team', rint('k', 91, s.teams))}, ${p.id('epic', 'x.j')},
      CASE WHEN ${done} OR ${dropped} THEN 'closed' ELSE 'open' END,
      CASE WHEN ${done} THEN 'completed' WHEN ${dropped} THEN 'not-planned'
        WHEN ${rnd('k', 92)} < 0.01 THEN 'reopened' END,
      (${textArray(['Task', 'Task', 'Bug', 'Feature'])})[1 + k % 4],
      CASE WHEN ${rnd('k', 93)} < 0.3 THEN ARRAY['bug'] ELSE '{}'::text[] END,
      ARRAY['utvikler-' || ${rint('k', 94, 300)}],
      CASE WHEN ${rnd('k', 95)} < 0.2 THEN current_date + ${rint('k', 96, 120)} - 60 END,
      CASE WHEN ${done} OR ${dropped} THEN x.closed END,
      CASE WHEN ${done} OR ${dropped} THEN x.closed
        ELSE ${daysAgo(`CASE WHEN ${rnd('k', 97)} < 0.05 THEN 200 ELSE ${rnd('k', 98)} * 45 END`)} END,
      ${gh.owner}, ${gh.repo}, ${gh.number}, ${gh.url},
      now() - interval '1 year', now() - interval '1 day'
    FROM x`;
}
