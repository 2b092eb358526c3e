import type { ItemState, StateReason } from '../../contracts/rollup';
import { earliestDate, latestDate, latestTimestamp } from './date-bounds';
import { isCounted, isDone } from './item-counting';

/** The epic's child issues, tallied by the service (done = isDone, counted = isCounted children). */
export type ChildTally = {
  done: number;
  counted: number;
  earliestStart: string | null;
  latestEnd: string | null;
  lastActivityAt: string | null;
};

export type EpicInput = {
  state: ItemState;
  stateReason: StateReason | null;
  /** Size given by hand (> 0); replaces the child count as the epic's weight. */
  estimate: number | null;
  startOn: string | null;
  dueOn: string | null;
  activityAt: string | null;
  children: ChildTally;
};

export type EpicRollup = {
  /** 0–1. */
  progress: number;
  /** Child issues done and counted; an epic without children is one unit. */
  doneUnits: number;
  totalUnits: number;
  /** The epic's size in its roadmap element: the estimate, else its counted children (at least 1). */
  weight: number;
  /** False when the epic itself was closed as not planned or duplicate: its element ignores it. */
  counted: boolean;
  delivered: boolean;
  rolledStart: string | null;
  rolledEnd: string | null;
  lastActivityAt: string | null;
};

export function rollUpEpic(input: EpicInput): EpicRollup {
  const { children } = input;
  const hasChildren = children.counted > 0;
  // Done children are always counted ones; the clamp only guards against an inconsistent tally.
  const done = Math.min(children.done, children.counted);
  // Closed as completed delivers the epic only when its counted issues are done too: an issue reopened
  // under a closed epic takes the delivery back, as the red thread must show.
  const delivered = isDone(input.state, input.stateReason) && done === children.counted;

  let doneUnits: number;
  let totalUnits: number;
  if (hasChildren) {
    doneUnits = done;
    totalUnits = children.counted;
  } else {
    doneUnits = delivered ? 1 : 0;
    totalUnits = 1;
  }

  return {
    progress: doneUnits / totalUnits,
    doneUnits,
    totalUnits,
    weight: input.estimate !== null && input.estimate > 0 ? input.estimate : Math.max(children.counted, 1),
    counted: isCounted(input.state, input.stateReason),
    delivered,
    rolledStart: earliestDate([input.startOn, children.earliestStart]),
    rolledEnd: latestDate([input.dueOn, children.latestEnd]),
    lastActivityAt: latestTimestamp([input.activityAt, children.lastActivityAt]),
  };
}
