import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database';
import { selectRows } from './select-rows';

/*
 * Global search: one query per kind of result, each word of the query matched case-insensitively
 * (ILIKE, which folds æ, ø and å in a UTF-8 database) somewhere in the searched columns.
 *
 * Scale: `ILIKE '%word%'` reads every row of the organisation's table. That is quick at demo scale (a
 * few thousand rows) and is exactly what a pg_trgm GIN index (`gin_trgm_ops`) on these columns serves
 * without any change to the queries; adding one needs a migration and the extension on both databases.
 */

/** What the caller searches with: the words, each a LIKE pattern already, and the whole phrase. */
export interface SearchTerms {
  orgId: string;
  /** `%word%` per word, with %, _ and \ escaped. */
  words: string[];
  /** The phrase as a prefix pattern (`phrase%`), for ranking titles that start with it first. */
  prefix: string;
  limit: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** At most this many words count; more would only make the query longer. */
const MAX_WORDS = 8;

export function searchTerms(orgId: string, q: string, limit: number): SearchTerms {
  const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  return {
    orgId,
    words: words.map((w) => `%${escapeLike(w)}%`),
    prefix: `${escapeLike(words.join(' '))}%`,
    limit,
  };
}

/** Every word in at least one of the columns. */
function everyWord(terms: SearchTerms, columns: SQL[]): SQL {
  if (terms.words.length === 0) return sql`false`;
  return sql.join(
    terms.words.map(
      (w) =>
        sql`(${sql.join(
          columns.map((c) => sql`${c} ILIKE ${w}`),
          sql` OR `,
        )})`,
    ),
    sql` AND `,
  );
}

export interface InitiativeMatchRow {
  id: string;
  key: string;
  title: string;
  phase: string;
  status: string;
  problemStatement: string | null;
  description: string | null;
  riskIfNotDone: string | null;
  collaboration: string | null;
  competence: string | null;
  measurementPlan: string | null;
}

/**
 * Initiatives by case key, title and the texts anyone may read. The risk assessment (risk_text) may be
 * internal to the portfolio office, so it is never searched: a hit would tell what it says.
 */
export function selectInitiativeMatches(db: Db, terms: SearchTerms): Promise<InitiativeMatchRow[]> {
  const named = [sql`i.key`, sql`i.title`];
  const texts = [
    sql`i.problem_statement`,
    sql`i.description`,
    sql`i.risk_if_not_done`,
    sql`i.collaboration`,
    sql`i.competence`,
    sql`i.measurement_plan`,
  ];
  return selectRows<InitiativeMatchRow>(
    db,
    sql`SELECT i.id, i.key, i.title, i.phase, i.status, i.problem_statement AS "problemStatement",
          i.description, i.risk_if_not_done AS "riskIfNotDone", i.collaboration, i.competence,
          i.measurement_plan AS "measurementPlan"
        FROM initiatives i
        WHERE i.org_id = ${terms.orgId} AND ${everyWord(terms, [...named, ...texts])}
        ORDER BY (i.title ILIKE ${terms.prefix}) DESC, (${everyWord(terms, named)}) DESC,
          i.key_year DESC, i.key_number DESC
        LIMIT ${terms.limit + 1}`,
  );
}

export interface ElementMatchRow {
  id: string;
  title: string;
  status: string;
  githubOwner: string | null;
  githubRepo: string | null;
  githubNumber: number | null;
}

export function selectElementMatches(db: Db, terms: SearchTerms): Promise<ElementMatchRow[]> {
  return selectRows<ElementMatchRow>(
    db,
    sql`SELECT e.id, e.title, e.status, e.github_owner AS "githubOwner", e.github_repo AS "githubRepo",
          e.github_number AS "githubNumber"
        FROM roadmap_elements e
        WHERE e.org_id = ${terms.orgId} AND ${everyWord(terms, [sql`e.title`])}
        ORDER BY (e.title ILIKE ${terms.prefix}) DESC, lower(e.title), e.id
        LIMIT ${terms.limit + 1}`,
  );
}

export interface EpicMatchRow {
  id: string;
  title: string;
  state: string;
  githubOwner: string | null;
  githubRepo: string | null;
  githubNumber: number | null;
  url: string | null;
  elementId: string | null;
  teamName: string | null;
}

/** Epics (not issues) by title, with the first roadmap element each serves and its team. */
export function selectEpicMatches(db: Db, terms: SearchTerms): Promise<EpicMatchRow[]> {
  return selectRows<EpicMatchRow>(
    db,
    sql`SELECT b.id, b.title, b.state, b.github_owner AS "githubOwner", b.github_repo AS "githubRepo",
          b.github_number AS "githubNumber", b.url, t.name AS "teamName",
          (SELECT er.element_id FROM epic_roadmap_elements er
            WHERE er.org_id = b.org_id AND er.epic_id = b.id ORDER BY er.element_id LIMIT 1) AS "elementId"
        FROM backlog_items b
        LEFT JOIN teams t ON t.org_id = b.org_id AND t.id = b.team_id
        WHERE b.org_id = ${terms.orgId} AND b.kind = 'epic' AND ${everyWord(terms, [sql`b.title`])}
        ORDER BY (b.title ILIKE ${terms.prefix}) DESC, lower(b.title), b.id
        LIMIT ${terms.limit + 1}`,
  );
}

export interface PersonMatchRow {
  id: string;
  name: string;
  title: string | null;
}

export function selectPersonMatches(db: Db, terms: SearchTerms): Promise<PersonMatchRow[]> {
  return selectRows<PersonMatchRow>(
    db,
    sql`SELECT p.id, p.name, p.title
        FROM people p
        WHERE p.org_id = ${terms.orgId} AND ${everyWord(terms, [sql`p.name`])}
        ORDER BY (p.name ILIKE ${terms.prefix}) DESC, lower(p.name), p.id
        LIMIT ${terms.limit + 1}`,
  );
}
