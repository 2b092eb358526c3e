import { sql, type SQL } from 'drizzle-orm';

/** Which nodes a roll-up step reads: every node of the organisation, or the listed ids. */
export type Scope = 'all' | readonly string[];

/** `column = ANY(ids)`, or no restriction when the whole organisation is recomputed. */
export function inScope(column: SQL, scope: Scope): SQL {
  return scope === 'all' ? sql`true` : sql`${column} = ANY(${sql.param([...scope])}::uuid[])`;
}

/** Dates leave SQL as text ('YYYY-MM-DD') so both drivers answer the same. */
export const isoTimestamp = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();
