import { sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';

/** Initiatives that depend on the given ones: their health follows the others' status. */
export async function selectDependentInitiatives(
  db: Db,
  orgId: string,
  initiativeIds: readonly string[],
): Promise<string[]> {
  if (initiativeIds.length === 0) return [];
  const rows = await selectRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT initiative_id AS id FROM initiative_dependencies
        WHERE org_id = ${orgId} AND depends_on_id = ANY(${sql.param([...initiativeIds])}::uuid[])`,
  );
  return rows.map((r) => r.id);
}

/** Whether the organisation lets the roll-up set Levert, or only propose it. */
export async function selectElementDelivery(db: Db, orgId: string): Promise<'set' | 'propose'> {
  const rows = await selectRows<{ mode: 'set' | 'propose' }>(
    db,
    sql`SELECT element_delivery AS mode FROM organisations WHERE id = ${orgId}`,
  );
  return rows[0]?.mode ?? 'set';
}
