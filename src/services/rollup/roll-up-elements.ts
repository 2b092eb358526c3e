import type { ItemState, StateReason } from '../../contracts/rollup';
import { assessHealth, type HealthBlocker } from '../../domain/rollup/assess-health';
import { isCounted } from '../../domain/rollup/item-counting';
import { rollUpElement, type ElementRollup } from '../../domain/rollup/roll-up-element';
import type { EpicRollup } from '../../domain/rollup/roll-up-epic';
import type { Db } from '../../store/database';
import {
  selectElementDependencies,
  selectElements,
  selectEpicRollupsOfElements,
  type ElementDependencyRow,
  type ElementRow,
  type LinkedRollupRow,
} from '../../store/repositories/rollup/element-inputs';
import type { Scope } from '../../store/repositories/rollup/scope';
import { writeRollups, type RollupRecord } from '../../store/repositories/rollup/write-rollups';
import { groupBy } from './group-by';
import { planStatusChange, type StatusChange } from './plan-status-change';
import { rollupRecord } from './rollup-record';

export interface ElementStep {
  computed: string[];
  statusChanges: StatusChange[];
}

const toEpicRollup = (r: LinkedRollupRow): EpicRollup => ({ ...r, progress: r.progress ?? 0 });

/**
 * Recomputes and stores the roadmap elements in scope from their epics' stored roll-ups, judges their
 * health and plans the status the delivery rule asks for (`elementDelivery` of the organisation).
 */
export async function rollUpElements(
  tx: Db,
  orgId: string,
  scope: Scope,
  options: { today: string; elementDelivery: 'set' | 'propose' },
): Promise<ElementStep> {
  if (scope !== 'all' && scope.length === 0) return { computed: [], statusChanges: [] };
  const elements = await selectElements(tx, orgId, scope);
  const epicsByElement = groupBy(await selectEpicRollupsOfElements(tx, orgId, scope), (r) => r.parentId);
  const dependencies = groupBy(await selectElementDependencies(tx, orgId, scope), (d) => d.elementId);

  const rollups = new Map<string, ElementRollup>();
  for (const element of elements) {
    rollups.set(
      element.id,
      rollUpElement({
        state: element.state as ItemState,
        stateReason: element.stateReason as StateReason | null,
        startOn: element.startOn,
        endOn: element.endOn,
        activityAt: element.activityAt,
        epics: (epicsByElement.get(element.id) ?? []).map(toEpicRollup),
      }),
    );
  }

  const records: RollupRecord[] = [];
  const statusChanges: StatusChange[] = [];
  for (const element of elements) {
    const r = rollups.get(element.id);
    if (!r) continue;
    const blockers = blockersOf(element, r, dependencies.get(element.id) ?? [], rollups, options.today);
    const change = planStatusChange(element, r, options.elementDelivery);
    if (change) statusChanges.push(change);
    records.push(
      elementRecord({ ...element, status: change?.status ?? element.status }, r, blockers, options.today),
    );
  }
  await writeRollups(tx, orgId, 'roadmap-element', records);
  return { computed: elements.map((e) => e.id), statusChanges };
}

function elementRecord(
  element: ElementRow,
  r: ElementRollup,
  blockers: HealthBlocker[],
  today: string,
): RollupRecord {
  const start = element.startOn ?? r.rolledStart;
  const end = element.endOn ?? r.rolledEnd;
  const assessable = r.relevant && (start !== null || end !== null || blockers.length > 0);
  const health = assessable
    ? assessHealth({
        today,
        start,
        end,
        progress: r.progress,
        delivered: r.delivered || element.status === 'delivered',
        lastActivityAt: r.lastActivityAt,
        blockers,
      })
    : null;
  return rollupRecord(
    {
      nodeId: element.id,
      weight: element.estimatePersonWeeks ?? 1,
      counted: r.relevant,
      delivered: r.delivered,
    },
    r,
    health,
  );
}

/**
 * A dependency closed as not planned will never arrive (blocks hard); one not yet delivered blocks a
 * little once this element should have started. Dependencies recomputed in this step count as computed now.
 */
function blockersOf(
  element: ElementRow,
  own: ElementRollup,
  dependencies: readonly ElementDependencyRow[],
  computedNow: ReadonlyMap<string, ElementRollup>,
  today: string,
): HealthBlocker[] {
  const start = element.startOn ?? own.rolledStart;
  const started = start !== null ? start <= today : element.status === 'in-progress';
  const blockers: HealthBlocker[] = [];
  for (const dep of dependencies) {
    if (!isCounted(dep.state as ItemState, dep.stateReason as StateReason | null)) {
      blockers.push('stopped');
      continue;
    }
    const delivered = computedNow.get(dep.dependsOnId)?.delivered ?? dep.delivered;
    if (started && !delivered && dep.status !== 'delivered') blockers.push('unfinished');
  }
  return blockers;
}
