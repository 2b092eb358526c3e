import { EMPTY_ROLLUP, type Rollup } from '../../contracts/rollup';
import type { RollupRow } from '../../store/repositories/rollup/select-rollups';
import { iso } from '../shared/iso';

/** The wire shape of a stored roll-up. */
export function toRollup(row: RollupRow | undefined): Rollup {
  if (!row) return EMPTY_ROLLUP;
  return {
    progress: row.progress,
    doneUnits: row.doneUnits,
    totalUnits: row.totalUnits,
    delivered: row.delivered,
    rolledStart: row.rolledStart,
    rolledEnd: row.rolledEnd,
    lastActivityAt: row.lastActivityAt ? iso(row.lastActivityAt) : null,
    computedHealth: row.computedHealth as Rollup['computedHealth'],
    healthReasons: row.healthReasons,
    expectedProgress: row.expectedProgress,
    computedAt: iso(row.computedAt),
  };
}

/** The override a person typed (percent) wins over the computed fraction. */
export const effectiveProgress = (override: number | null, computed: number | null): number | null =>
  override !== null ? override / 100 : computed;
