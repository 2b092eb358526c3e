import { describe, expect, it } from 'vitest';
import type { ItemState, StateReason } from '../../contracts/rollup';
import { isCounted, isDone } from './item-counting';

const cases: Array<[ItemState, StateReason | null, { done: boolean; counted: boolean }]> = [
  ['open', null, { done: false, counted: true }],
  ['open', 'reopened', { done: false, counted: true }],
  ['closed', 'completed', { done: true, counted: true }],
  // Issues closed before GitHub recorded a reason.
  ['closed', null, { done: true, counted: true }],
  ['closed', 'not-planned', { done: false, counted: false }],
  ['closed', 'duplicate', { done: false, counted: false }],
  ['closed', 'reopened', { done: false, counted: true }],
];

describe('isDone and isCounted', () => {
  it.each(cases)('%s with reason %s', (state, reason, expected) => {
    expect(isDone(state, reason)).toBe(expected.done);
    expect(isCounted(state, reason)).toBe(expected.counted);
  });
});
