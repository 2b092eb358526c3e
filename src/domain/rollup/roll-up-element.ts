import type { ItemState, StateReason } from '../../contracts/rollup';
import { earliestDate, latestDate, latestTimestamp } from './date-bounds';
import { isCounted } from './item-counting';
import type { EpicRollup } from './roll-up-epic';

export type ElementInput = {
  state: ItemState;
  stateReason: StateReason | null;
  startOn: string | null;
  endOn: string | null;
  activityAt: string | null;
  epics: EpicRollup[];
};

export type ElementRollup = {
  /** 0–1, weighted by epic size; null when no counted epic is linked yet. */
  progress: number | null;
  /** Σ progress × weight and Σ weight over counted epics. */
  doneUnits: number;
  totalUnits: number;
  /** Every counted epic delivered (and at least one): proposes status Levert. */
  delivered: boolean;
  /** False when the element itself was closed as not planned or duplicate. */
  relevant: boolean;
  countedEpics: number;
  rolledStart: string | null;
  rolledEnd: string | null;
  lastActivityAt: string | null;
};

export function rollUpElement(input: ElementInput): ElementRollup {
  // Epics closed as not planned or duplicate take no part: not in progress, delivery nor dates.
  const epics = input.epics.filter((epic) => epic.counted);
  let doneUnits = 0;
  let totalUnits = 0;
  for (const epic of epics) {
    doneUnits += epic.progress * epic.weight;
    totalUnits += epic.weight;
  }
  return {
    progress: totalUnits > 0 ? doneUnits / totalUnits : null,
    doneUnits,
    totalUnits,
    delivered: epics.length > 0 && epics.every((epic) => epic.delivered),
    relevant: isCounted(input.state, input.stateReason),
    countedEpics: epics.length,
    rolledStart: earliestDate([input.startOn, ...epics.map((epic) => epic.rolledStart)]),
    rolledEnd: latestDate([input.endOn, ...epics.map((epic) => epic.rolledEnd)]),
    lastActivityAt: latestTimestamp([input.activityAt, ...epics.map((epic) => epic.lastActivityAt)]),
  };
}
