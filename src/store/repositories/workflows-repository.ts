import { eq, sql } from 'drizzle-orm';
import type { Workflow } from '../../contracts/workflow';
import type { Db } from '../database';
import { workflows } from '../schema';
import { selectRows } from './select-rows';

export type WorkflowRow = typeof workflows.$inferSelect;

export async function selectWorkflow(db: Db, orgId: string): Promise<WorkflowRow | undefined> {
  const rows = await db.select().from(workflows).where(eq(workflows.orgId, orgId));
  return rows[0];
}

/** Stores an organisation's own workflow; the version counts replacements (0 = the default). */
export async function upsertWorkflow(tx: Db, orgId: string, definition: Workflow): Promise<WorkflowRow> {
  const rows = await tx
    .insert(workflows)
    .values({ orgId, definition, version: 1 })
    .onConflictDoUpdate({
      target: workflows.orgId,
      set: { definition, version: sql`${workflows.version} + 1`, updatedAt: new Date() },
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('workflow upsert returned no row');
  return row;
}

/** Serialises replacements of one organisation's workflow until the transaction ends. */
export async function lockWorkflow(tx: Db, orgId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`workflow:${orgId}`}))`);
}

/** Phases that initiatives are in but that are not among `phaseIds`. */
export async function selectPhasesInUseOutside(tx: Db, orgId: string, phaseIds: string[]): Promise<string[]> {
  const rows = await selectRows<{ phase: string }>(
    tx,
    sql`SELECT DISTINCT phase FROM initiatives WHERE org_id = ${orgId} AND NOT (phase = ANY(${sql.param(phaseIds)}::text[]))`,
  );
  return rows.map((r) => r.phase);
}
