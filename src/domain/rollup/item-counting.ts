import type { ItemState, StateReason } from '../../contracts/rollup';

/**
 * Done: closed as completed. Issues closed before GitHub recorded a reason have none; they were
 * closed the only way there was, so they count as done.
 */
export function isDone(state: ItemState, reason: StateReason | null): boolean {
  return state === 'closed' && (reason === 'completed' || reason === null);
}

/**
 * Counted: everything except what was closed as not planned or as a duplicate, which leaves the
 * denominator. An open item with reason 'reopened' is open like any other and counts.
 */
export function isCounted(state: ItemState, reason: StateReason | null): boolean {
  return !(state === 'closed' && (reason === 'not-planned' || reason === 'duplicate'));
}
