import { sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { selectRows } from '../select-rows';
import type { CheckSubject } from './check-inputs';

/** Item kinds that state an aim an initiative can serve; key results, actions and assignments sit below them. */
export const GOAL_KINDS = ['goal', 'objective'] as const;

export interface GoalWithoutInitiativeRow extends CheckSubject {
  /** The strategic source the goal comes from, which the finding's detail names. */
  sourceTitle: string;
}

/**
 * Goals and objectives that no initiative serves, directly or through an item below them, and whose
 * period (the item's, else its source's) has not ended. An initiative that was stopped serves nothing.
 *
 * The recursive part walks up from the linked items to their ancestors (each step one primary-key
 * lookup), so its size is the number of links times the tree's depth, not the number of items.
 */
export function selectGoalsWithoutInitiative(
  db: Db,
  orgId: string,
  today: string,
): Promise<GoalWithoutInitiativeRow[]> {
  return selectRows<GoalWithoutInitiativeRow>(
    db,
    sql`WITH RECURSIVE served(id) AS (
        SELECT l.item_id FROM initiative_strategic_items l JOIN initiatives i ON i.id = l.initiative_id
        WHERE l.org_id = ${orgId} AND i.status <> 'stopped'
        UNION
        SELECT s.parent_id FROM served JOIN strategic_items s ON s.id = served.id WHERE s.parent_id IS NOT NULL
      )
      SELECT si.id, si.ref, si.title, src.title AS "sourceTitle"
      FROM strategic_items si JOIN strategic_sources src ON src.id = si.source_id
      WHERE si.org_id = ${orgId} AND si.kind = ANY(${sql.param([...GOAL_KINDS])}::text[])
        AND coalesce(si.period_end, src.period_end, 'infinity'::date) >= ${today}::date
        AND NOT EXISTS (SELECT 1 FROM served WHERE served.id = si.id)
      ORDER BY src.title, src.id, si.ref NULLS LAST, si.title, si.id`,
  );
}
