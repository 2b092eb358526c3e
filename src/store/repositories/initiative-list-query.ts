import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database';
import { selectRows } from './select-rows';

export type InitiativeSortKey =
  'key' | 'title' | 'updatedAt' | 'createdAt' | 'priority' | 'phase' | 'health' | 'progress';

/** Delivery progress 0–1 as shown: the percent a person typed in a status update, else the computed one. */
const EFFECTIVE_PROGRESS = sql`(CASE WHEN i.progress_override IS NOT NULL THEN i.progress_override / 100 ELSE r.progress END)`;

/** The initiative's search text as the stored `search` column has it, but without the risk text. */
const SEARCH_WITHOUT_RISK = sql`to_tsvector('norwegian'::regconfig, coalesce(i.key, '') || ' ' || coalesce(i.title, '') || ' ' ||
  coalesce(i.problem_statement, '') || ' ' || coalesce(i.description, '') || ' ' ||
  coalesce(i.risk_if_not_done, '') || ' ' || coalesce(i.collaboration, '') || ' ' ||
  coalesce(i.competence, '') || ' ' || coalesce(i.measurement_plan, ''))`;

export interface InitiativeListFilter {
  orgId: string;
  phase?: string | undefined;
  status?: string | undefined;
  priority?: string | undefined;
  productGroupId?: string | undefined;
  teamId?: string | undefined;
  health?: string | undefined;
  strategicItemId?: string | undefined;
  text?: string | undefined;
  /** The caller may not read risk texts: the text search leaves them out. */
  textWithoutRisk?: boolean;
  sort: InitiativeSortKey;
  order: 'asc' | 'desc';
  /** Phase ids in workflow order, for sorting by phase. */
  phaseOrder: string[];
  /** Sort values and id of the last row already seen. */
  after: string[] | null;
  limit: number;
}

/** Each sort is a tuple of never-null expressions (id breaks ties) and the SQL types to compare its cursor as. */
function sortTuple(f: InitiativeListFilter): { exprs: SQL[]; types: string[] } {
  switch (f.sort) {
    case 'key':
      return { exprs: [sql`i.key_year`, sql`i.key_number`], types: ['int', 'int'] };
    case 'title':
      return { exprs: [sql`lower(i.title)`], types: ['text'] };
    case 'updatedAt':
      return { exprs: [sql`i.updated_at`], types: ['timestamptz'] };
    case 'createdAt':
      return { exprs: [sql`i.created_at`], types: ['timestamptz'] };
    case 'priority':
      return {
        exprs: [
          sql`(CASE i.priority WHEN 'must' THEN 1 WHEN 'should' THEN 2 WHEN 'could' THEN 3 WHEN 'wont' THEN 4 ELSE 5 END)`,
          sql`i.key_year`,
          sql`i.key_number`,
        ],
        types: ['int', 'int', 'int'],
      };
    case 'health':
      // Worst first when ascending: red, yellow, green, not assessed.
      return {
        exprs: [
          sql`(CASE i.health WHEN 'red' THEN 1 WHEN 'yellow' THEN 2 WHEN 'green' THEN 3 ELSE 4 END)`,
          sql`i.key_year`,
          sql`i.key_number`,
        ],
        types: ['int', 'int', 'int'],
      };
    case 'progress':
      // Not measured sorts before 0 %.
      return {
        exprs: [sql`coalesce(${EFFECTIVE_PROGRESS}, -1)`, sql`i.key_year`, sql`i.key_number`],
        types: ['float8', 'int', 'int'],
      };
    case 'phase':
      return {
        exprs: [
          sql`coalesce(array_position(${sql.param(f.phaseOrder)}::text[], i.phase), 999)`,
          sql`i.key_year`,
          sql`i.key_number`,
        ],
        types: ['int', 'int', 'int'],
      };
  }
}

function filters(f: InitiativeListFilter): SQL[] {
  const where: SQL[] = [sql`i.org_id = ${f.orgId}`];
  if (f.phase) where.push(sql`i.phase = ${f.phase}`);
  if (f.status) where.push(sql`i.status = ${f.status}`);
  if (f.priority) where.push(sql`i.priority = ${f.priority}`);
  if (f.teamId) {
    where.push(
      sql`EXISTS (SELECT 1 FROM initiative_teams it WHERE it.initiative_id = i.id AND it.team_id = ${f.teamId})`,
    );
  }
  if (f.health === 'none') where.push(sql`i.health IS NULL`);
  else if (f.health) where.push(sql`i.health = ${f.health}`);
  if (f.strategicItemId) {
    where.push(
      sql`EXISTS (SELECT 1 FROM initiative_strategic_items isi WHERE isi.initiative_id = i.id AND isi.item_id = ${f.strategicItemId})`,
    );
  }
  if (f.productGroupId) {
    where.push(sql`(i.allocation_product_group_id = ${f.productGroupId} OR EXISTS (
      SELECT 1 FROM initiative_teams it JOIN team_product_groups tpg ON tpg.team_id = it.team_id
      WHERE it.initiative_id = i.id AND tpg.product_group_id = ${f.productGroupId}))`);
  }
  if (f.text) {
    // Words through the Norwegian configuration; a case key like "14-2026" matches the key itself.
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const query = sql`websearch_to_tsquery('norwegian', ${f.text})`;
    // The stored index includes the risk text; for a caller who may not read it, a match must also
    // hold without it (the index still narrows the rows first).
    const readable = f.textWithoutRisk ? sql` AND ${SEARCH_WITHOUT_RISK} @@ ${query}` : sql``;
    where.push(sql`((i.search @@ ${query}${readable}) OR i.key ILIKE ${like})`);
  }
  return where;
}

/** The columns a list shows, straight from the row: no texts, no JSON documents. */
export interface InitiativeSummaryRow {
  id: string;
  key: string;
  title: string;
  phase: string;
  status: string;
  priority: string | null;
  health: string | null;
  progress: number | null;
  readyForDone: boolean;
  ownerId: string | null;
  allocationKind: string | null;
  allocationProductGroupId: string | null;
  allocationWorkingGroupId: string | null;
  phaseChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  sortValues: string[];
}

/** One page of initiatives in the requested order, with the values its cursor continues from. */
export async function selectInitiativePage(db: Db, f: InitiativeListFilter): Promise<InitiativeSummaryRow[]> {
  const { exprs, types } = sortTuple(f);
  const where = filters(f);
  if (f.after) {
    const values = f.after.slice(0, -1).map((v, i) => sql`CAST(${v} AS ${sql.raw(types[i] ?? 'text')})`);
    const cmp = f.order === 'asc' ? sql.raw('>') : sql.raw('<');
    where.push(
      sql`(${sql.join([...exprs, sql`i.id`], sql`, `)}) ${cmp} (${sql.join([...values, sql`${f.after.at(-1)}::uuid`], sql`, `)})`,
    );
  }
  const dir = sql.raw(f.order === 'asc' ? 'ASC' : 'DESC');
  const query = sql`
    SELECT i.id, i.key, i.title, i.phase, i.status, i.priority, i.health, i.owner_id, i.allocation_kind,
      i.allocation_product_group_id, i.allocation_working_group_id, i.phase_changed_at, i.created_at,
      i.updated_at, i.version, ${EFFECTIVE_PROGRESS} AS progress, coalesce(r.delivered, false) AS ready,
      ${sql.join(
        exprs.map((e, n) => sql`(${e})::text AS ${sql.raw(`s${n}`)}`),
        sql`, `,
      )}
    FROM initiatives i LEFT JOIN rollups r ON r.node_id = i.id
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY ${sql.join(
      [...exprs, sql`i.id`].map((e) => sql`${e} ${dir}`),
      sql`, `,
    )}
    LIMIT ${f.limit}`;
  const rows = await selectRows<Record<string, unknown>>(db, query);
  return rows.map((r) => ({
    id: r.id as string,
    key: r.key as string,
    title: r.title as string,
    phase: r.phase as string,
    status: r.status as string,
    priority: r.priority as string | null,
    health: r.health as string | null,
    progress: r.progress === null ? null : Number(r.progress),
    readyForDone: r.ready === true,
    ownerId: r.owner_id as string | null,
    allocationKind: r.allocation_kind as string | null,
    allocationProductGroupId: r.allocation_product_group_id as string | null,
    allocationWorkingGroupId: r.allocation_working_group_id as string | null,
    // node-postgres answers Date objects, PGlite may answer strings: normalise both.
    phaseChangedAt: new Date(r.phase_changed_at as string),
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
    version: Number(r.version),
    sortValues: exprs.map((_, n) => String(r[`s${n}`])),
  }));
}
