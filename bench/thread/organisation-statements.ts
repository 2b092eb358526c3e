import type { PortfolioSql } from './portfolio-sql';
import { rint, textArray } from './sql-random';

/** One set-based statement of the generator, named by the table it fills. */
export interface SeedStatement {
  table: string;
  sql: string;
  /** A batch that may run at the same time as the batches next to it (on separate connections). */
  batch?: boolean;
}

const TEAM_TYPES = ['stream-aligned', 'stream-aligned', 'stream-aligned', 'platform', 'enabling'];

/** The organisation around the thread: people, product groups and products, teams, strategy. */
export function organisationStatements(p: PortfolioSql, orgId: string, slug: string): SeedStatement[] {
  const org = `'${orgId}'::uuid`;
  const s = p.size;
  const series = (count: number, name: string) => `generate_series(0, ${count - 1}) AS ${name}`;
  return [
    {
      table: 'organisations',
      sql: `INSERT INTO organisations (id, slug, name) VALUES (${org}, '${slug}', 'Benchmark ${slug}')`,
    },
    {
      table: 'people',
      sql: `INSERT INTO people (id, org_id, name, email, title)
        SELECT ${p.id('person', 'n')}, ${org}, 'Person ' || (n + 1), 'person' || (n + 1) || '@bench.example',
          (${textArray(['Produkteier', 'Utvikler', 'Arkitekt', 'Rådgiver'])})[1 + n % 4]
        FROM ${series(s.people, 'n')}`,
    },
    {
      table: 'product_groups',
      sql: `INSERT INTO product_groups (id, org_id, slug, name, leader_id)
        SELECT ${p.id('product-group', 'n')}, ${org}, 'pg-' || (n + 1), 'Produktgruppe ' || (n + 1),
          ${p.id('person', `n % ${s.people}`)}
        FROM ${series(s.productGroups, 'n')}`,
    },
    {
      table: 'products',
      sql: `INSERT INTO products (id, org_id, product_group_id, slug, name)
        SELECT ${p.id('product', 'n')}, ${org}, ${p.id('product-group', `n % ${s.productGroups}`)},
          'produkt-' || (n + 1), 'Produkt ' || (n + 1)
        FROM ${series(s.products, 'n')}`,
    },
    {
      table: 'teams',
      sql: `INSERT INTO teams (id, org_id, slug, name, type, capacity_person_months_per_quarter)
        SELECT ${p.id('team', 'n')}, ${org}, 'team-' || (n + 1), 'Team ' || (n + 1),
          (${textArray(TEAM_TYPES)})[1 + n % ${TEAM_TYPES.length}], 6 + ${rint('n', 40, 13)}
        FROM ${series(s.teams, 'n')}`,
    },
    {
      table: 'team_product_groups',
      sql: `INSERT INTO team_product_groups (org_id, team_id, product_group_id)
        SELECT ${org}, ${p.id('team', 'n')}, ${p.id('product-group', `n % ${s.productGroups}`)}
        FROM ${series(s.teams, 'n')}`,
    },
    {
      table: 'team_members',
      sql: `INSERT INTO team_members (org_id, team_id, person_id, role)
        SELECT DISTINCT ON (t, m % ${s.people}) ${org}, ${p.id('team', 't')}, ${p.id('person', `m % ${s.people}`)},
          CASE WHEN m = t * 5 THEN 'produkteier' ELSE 'utvikler' END
        FROM ${series(s.teams, 't')}, LATERAL generate_series(t * 5, t * 5 + 4) AS m`,
    },
    {
      table: 'strategic_sources',
      sql: `INSERT INTO strategic_sources (id, org_id, kind, title, issuer, period_start, period_end)
        SELECT ${p.id('source', 'n')}, ${org},
          (${textArray(['allocation-letter', 'agency-strategy', 'digitalisation-strategy'])})[1 + n],
          (${textArray(['Tildelingsbrev 2026', 'Virksomhetsstrategi 2024–2030', 'Digitaliseringsstrategien'])})[1 + n],
          'Departementet', DATE '2024-01-01', DATE '2030-12-31'
        FROM generate_series(0, 2) AS n`,
    },
    {
      table: 'strategic_items',
      sql: `INSERT INTO strategic_items (id, org_id, source_id, kind, ref, title, description)
        SELECT ${p.id('strategic-item', 'n')}, ${org}, ${p.id('source', 'n % 3')},
          (${textArray(['goal', 'assignment', 'action'])})[1 + n % 3], 'M' || (n + 1),
          'Mål ' || (n + 1) || ': enklere ' || (${textArray(TOPICS)})[1 + n % ${TOPICS.length}],
          'Et strategisk mål for benchmarken.'
        FROM ${series(s.strategicItems, 'n')}`,
    },
  ];
}

export const TOPICS = [
  'datadeling',
  'innlogging',
  'meldinger',
  'skjema',
  'innsyn',
  'varsling',
  'samtykke',
  'portal',
];
