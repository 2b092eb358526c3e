import { sql, type SQL } from 'drizzle-orm';
import { DEFAULT_PHASE_IDS } from '../../../contracts/workflow';

/**
 * The organisation's phase ids in order, as a `text[]` expression: its own workflow's phases
 * (workflows.definition->'phases'), else the default workflow's. Checks name phases by position
 * (the last is done, the one before it is implementation), so they hold for custom workflows too.
 */
export function phaseIdsOf(orgId: string): SQL {
  return sql`coalesce(
    (SELECT array_agg(p.phase->>'id' ORDER BY p.n)
       FROM workflows w CROSS JOIN LATERAL jsonb_array_elements(w.definition->'phases') WITH ORDINALITY AS p(phase, n)
      WHERE w.org_id = ${orgId}),
    ${sql.param([...DEFAULT_PHASE_IDS])}::text[])`;
}

/** The phase `fromEnd` places before the last one in `phases` (a text[] column): 0 = done. */
export const phaseFromEnd = (phases: SQL, fromEnd: number): SQL =>
  sql`${phases}[array_length(${phases}, 1) - ${fromEnd}]`;

/** "owner/repo#12" for a row with GitHub columns, else null. */
export const githubRefOf = (alias: string): SQL =>
  sql.raw(
    `CASE WHEN ${alias}.github_number IS NOT NULL
       THEN ${alias}.github_owner || '/' || ${alias}.github_repo || '#' || ${alias}.github_number END`,
  );

/**
 * Not closed as not planned or as a duplicate: such items left the plan, so no check speaks of them.
 * IS NOT TRUE, so an open row (state_reason null) counts as kept rather than unknown.
 */
export const notAbandoned = (alias: string): SQL =>
  sql.raw(
    `((${alias}.state = 'closed' AND ${alias}.state_reason IN ('not-planned', 'duplicate')) IS NOT TRUE)`,
  );
