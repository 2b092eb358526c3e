import type { HealthAssessment } from '../../domain/rollup/assess-health';
import type { RollupRecord } from '../../store/repositories/rollup/write-rollups';

type Measured = Pick<
  RollupRecord,
  'progress' | 'doneUnits' | 'totalUnits' | 'rolledStart' | 'rolledEnd' | 'lastActivityAt'
>;

/** The stored roll-up of a node from what the domain measured and how it judged its health. */
export function rollupRecord(
  node: { nodeId: string; weight: number; counted: boolean; delivered: boolean },
  measured: Measured,
  health: HealthAssessment | null,
): RollupRecord {
  return {
    ...node,
    progress: measured.progress,
    doneUnits: measured.doneUnits,
    totalUnits: measured.totalUnits,
    rolledStart: measured.rolledStart,
    rolledEnd: measured.rolledEnd,
    lastActivityAt: measured.lastActivityAt,
    computedHealth: health?.health ?? null,
    healthReasons: health?.reasons ?? [],
    expectedProgress: health?.expectedProgress ?? null,
  };
}
