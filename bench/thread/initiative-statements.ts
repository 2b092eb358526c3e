import { DEFAULT_PHASE_IDS } from '../../src/contracts/workflow';
import { TOPICS, type SeedStatement } from './organisation-statements';
import { activityDays, type PortfolioSql } from './portfolio-sql';
import { rint, rnd, textArray } from './sql-random';

const FIRST_YEAR = 2022;
const YEARS = 5;

/**
 * Initiatives "Sak N-YYYY" over five years, their counters, teams, strategic origin, dependencies and
 * the status updates behind the few overrides of progress and health a portfolio office types by hand.
 */
export function initiativeStatements(p: PortfolioSql, orgId: string): SeedStatement[] {
  const org = `'${orgId}'::uuid`;
  const s = p.size;
  const all = `generate_series(0, ${s.initiatives - 1}) AS i`;
  const topic = `(${textArray(TOPICS)})[1 + i % ${TOPICS.length}]`;
  const byTeams = `i % 4 <> 0`;
  // 8 % carry a typed progress, 3 % a typed health; both need a status update.
  const progressOverride = `CASE WHEN ${rnd('i', 33)} < 0.08 THEN round((${rnd('i', 34)} * 100)::numeric)::float8 END`;
  const healthOverride = `CASE WHEN ${rnd('i', 35)} < 0.03 THEN (${textArray(['green', 'yellow', 'red'])})[1 + ${rint('i', 36, 3)}] END`;
  // Strategic items the initiatives point to: the last tenth has none, so "goal without initiative" fires.
  const itemsWithInitiatives = Math.max(1, Math.floor(s.strategicItems * 0.9));
  return [
    {
      table: 'initiatives',
      sql: `INSERT INTO initiatives (id, org_id, key, key_year, key_number, title, phase, status, phase_changed_at,
          problem_statement, description, risk_if_not_done, person_months_total, priority, risk_level, owner_id,
          submitter_id, responsible_id, allocation_kind, allocation_product_group_id, health, health_override,
          progress_override, created_at, updated_at, created_by, updated_by)
        SELECT ${p.id('initiative', 'i')}, ${org},
          'Sak ' || (i / ${YEARS} + 1) || '-' || (${FIRST_YEAR} + i % ${YEARS}), ${FIRST_YEAR} + i % ${YEARS}, i / ${YEARS} + 1,
          'Forbedre ' || ${topic} || ' for innbyggere og virksomheter (' || (i + 1) || ')',
          (${textArray(DEFAULT_PHASE_IDS)})[1 + ${p.phaseIndex('i')}],
          CASE WHEN ${rnd('i', 37)} < 0.03 THEN 'parked' WHEN ${rnd('i', 37)} < 0.05 THEN 'stopped' ELSE 'active' END,
          ${activityDays('i', 38, 300)},
          'Brukerne opplever at ' || ${topic} || ' er tungvint.',
          'Tiltaket forbedrer ' || ${topic} || ' slik at brukerne får en enklere tjeneste.',
          'Flere manuelle henvendelser.', 6 + i % 40,
          (${textArray(['must', 'should', 'could', 'wont'])})[1 + i % 4],
          (${textArray(['low', 'medium', 'high'])})[1 + i % 3],
          ${p.id('person', `${rint('i', 39, s.people)}`)}, ${p.id('person', `(i + 1) % ${s.people}`)},
          ${p.id('person', `(i + 2) % ${s.people}`)},
          CASE WHEN ${byTeams} THEN 'teams' ELSE 'product-group' END,
          CASE WHEN ${byTeams} THEN NULL ELSE ${p.id('product-group', `i % ${s.productGroups}`)} END,
          h.override, h.override, ${progressOverride},
          now() - interval '2 years', ${activityDays('i', 40, 60)}, 'bench', 'bench'
        FROM ${all} CROSS JOIN LATERAL (SELECT ${healthOverride} AS override) AS h`,
    },
    {
      table: 'initiative_counters',
      sql: `INSERT INTO initiative_counters (org_id, year, last_number)
        SELECT ${org}, key_year, max(key_number) FROM initiatives WHERE org_id = ${org} GROUP BY key_year`,
    },
    {
      table: 'initiative_teams',
      sql: `INSERT INTO initiative_teams (org_id, initiative_id, team_id)
        SELECT DISTINCT ${org}, ${p.id('initiative', 'i')}, ${p.id('team', 't')}
        FROM ${all} CROSS JOIN LATERAL (VALUES (${rint('i', 41, s.teams)}), (${rint('i', 42, s.teams)})) AS v(t)
        WHERE ${byTeams}`,
    },
    {
      table: 'initiative_strategic_items',
      sql: `INSERT INTO initiative_strategic_items (org_id, initiative_id, item_id)
        SELECT DISTINCT ${org}, ${p.id('initiative', 'i')}, ${p.id('strategic-item', 'v.n')}
        FROM ${all} CROSS JOIN LATERAL (VALUES (${rint('i', 43, itemsWithInitiatives)}, true),
          (${rint('i', 44, itemsWithInitiatives)}, ${rnd('i', 45)} < 0.2)) AS v(n, wanted)
        WHERE v.wanted AND ${rnd('i', 46)} >= 0.03`,
    },
    {
      table: 'initiative_dependencies',
      // Only on initiatives with a lower number: never a cycle.
      sql: `INSERT INTO initiative_dependencies (org_id, initiative_id, depends_on_id)
        SELECT ${org}, ${p.id('initiative', 'i')}, ${p.id('initiative', rint('i', 47, 'i'))}
        FROM ${all} WHERE i > 0 AND ${rnd('i', 48)} < 0.05`,
    },
    {
      table: 'status_updates',
      sql: `INSERT INTO status_updates (id, org_id, initiative_id, text, health_override, progress_override, created_at, created_by)
        SELECT ${p.id('status-update', 'key_year::bigint * 100000 + key_number')}, ${org}, id,
          'Status fra porteføljekontoret: framdrift og helse vurdert for hånd.', health_override, progress_override,
          now() - interval '3 days', 'bench'
        FROM initiatives WHERE org_id = ${org} AND (health_override IS NOT NULL OR progress_override IS NOT NULL)`,
    },
  ];
}
