import type { ItemState, StateReason } from '../../contracts/rollup';
import { isCounted, isDone } from '../../domain/rollup/item-counting';
import { rollUpEpic, type ChildTally } from '../../domain/rollup/roll-up-epic';
import { earliestDate, latestDate, latestTimestamp } from '../../domain/rollup/date-bounds';
import type { Db } from '../../store/database';
import {
  selectChildGroups,
  selectEpics,
  type ChildGroupRow,
} from '../../store/repositories/rollup/epic-inputs';
import type { Scope } from '../../store/repositories/rollup/scope';
import { writeRollups, type RollupRecord } from '../../store/repositories/rollup/write-rollups';
import { rollupRecord } from './rollup-record';

const emptyTally = (): ChildTally => ({
  done: 0,
  counted: 0,
  earliestStart: null,
  latestEnd: null,
  lastActivityAt: null,
});

/** Adds the groups of child issues (by state and reason) to their epics' tallies, by the domain's counting rules. */
export function tallyChildren(groups: readonly ChildGroupRow[]): Map<string, ChildTally> {
  const tallies = new Map<string, ChildTally>();
  for (const g of groups) {
    const tally = tallies.get(g.parentId) ?? emptyTally();
    const state = g.state as ItemState;
    const reason = g.stateReason as StateReason | null;
    if (isDone(state, reason)) tally.done += g.count;
    if (isCounted(state, reason)) tally.counted += g.count;
    tally.earliestStart = earliestDate([tally.earliestStart, g.earliestStart]);
    tally.latestEnd = latestDate([tally.latestEnd, g.latestEnd]);
    tally.lastActivityAt = latestTimestamp([tally.lastActivityAt, g.lastActivityAt]);
    tallies.set(g.parentId, tally);
  }
  return tallies;
}

/** Recomputes and stores the epics in scope from their issues; answers the epics it computed. */
export async function rollUpEpics(tx: Db, orgId: string, scope: Scope): Promise<string[]> {
  if (scope !== 'all' && scope.length === 0) return [];
  const epics = await selectEpics(tx, orgId, scope);
  const tallies = tallyChildren(await selectChildGroups(tx, orgId, scope));
  const records: RollupRecord[] = epics.map((epic) => {
    const r = rollUpEpic({
      state: epic.state as ItemState,
      stateReason: epic.stateReason as StateReason | null,
      estimate: epic.estimate,
      startOn: epic.startOn,
      dueOn: epic.dueOn,
      activityAt: epic.activityAt,
      children: tallies.get(epic.id) ?? emptyTally(),
    });
    // Health is judged where plans are made: on roadmap elements and initiatives.
    return rollupRecord(
      { nodeId: epic.id, weight: r.weight, counted: r.counted, delivered: r.delivered },
      r,
      null,
    );
  });
  await writeRollups(tx, orgId, 'epic', records);
  return epics.map((e) => e.id);
}
