import { assessHealth, type HealthBlocker } from '../../domain/rollup/assess-health';
import { rollUpInitiative, type InitiativeElement } from '../../domain/rollup/roll-up-initiative';
import type { Db } from '../../store/database';
import type { LinkedRollupRow } from '../../store/repositories/rollup/element-inputs';
import {
  refreshEffectiveHealth,
  selectElementRollupsOfInitiatives,
  selectInitiativeDependencies,
  selectInitiatives,
  type InitiativeRow,
} from '../../store/repositories/rollup/initiative-inputs';
import type { Scope } from '../../store/repositories/rollup/scope';
import { writeRollups, type RollupRecord } from '../../store/repositories/rollup/write-rollups';
import { groupBy } from './group-by';
import { rollupRecord } from './rollup-record';

const toElement = (r: LinkedRollupRow): InitiativeElement => ({
  progress: r.progress,
  doneUnits: r.doneUnits,
  totalUnits: r.totalUnits,
  delivered: r.delivered,
  relevant: r.counted,
  countedEpics: r.totalUnits > 0 ? 1 : 0,
  rolledStart: r.rolledStart,
  rolledEnd: r.rolledEnd,
  lastActivityAt: r.lastActivityAt,
  estimatePersonWeeks: r.estimatePersonWeeks,
});

/** A stopped or parked initiative that this one depends on blocks it. */
const blockerOf = (status: string): HealthBlocker | null =>
  status === 'stopped' ? 'stopped' : status === 'parked' ? 'parked' : null;

/**
 * Recomputes and stores the initiatives in scope from their roadmap elements' stored roll-ups, judges
 * their health, and refreshes the effective health kept on the initiative.
 */
export async function rollUpInitiatives(
  tx: Db,
  orgId: string,
  scope: Scope,
  today: string,
): Promise<string[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  const initiatives = await selectInitiatives(tx, orgId, scope);
  const elements = groupBy(await selectElementRollupsOfInitiatives(tx, orgId, scope), (r) => r.parentId);
  const dependencies = groupBy(await selectInitiativeDependencies(tx, orgId, scope), (d) => d.initiativeId);

  const records = initiatives.map((initiative) => {
    const blockers = (dependencies.get(initiative.id) ?? [])
      .map((d) => blockerOf(d.status))
      .filter((b): b is HealthBlocker => b !== null);
    return initiativeRecord(initiative, (elements.get(initiative.id) ?? []).map(toElement), blockers, today);
  });
  await writeRollups(tx, orgId, 'initiative', records);
  await refreshEffectiveHealth(tx, orgId, scope);
  return initiatives.map((i) => i.id);
}

function initiativeRecord(
  initiative: InitiativeRow,
  elements: InitiativeElement[],
  blockers: HealthBlocker[],
  today: string,
): RollupRecord {
  const r = rollUpInitiative({ elements });
  // Only running work has a health; parked and stopped initiatives are judged by their decision.
  const assessable =
    initiative.status === 'active' && (r.rolledStart !== null || r.rolledEnd !== null || blockers.length > 0);
  const health = assessable
    ? assessHealth({
        today,
        start: r.rolledStart,
        end: r.rolledEnd,
        progress: r.progress,
        delivered: r.readyForDone,
        lastActivityAt: r.lastActivityAt,
        blockers,
      })
    : null;
  return rollupRecord(
    { nodeId: initiative.id, weight: 1, counted: true, delivered: r.readyForDone },
    r,
    health,
  );
}
