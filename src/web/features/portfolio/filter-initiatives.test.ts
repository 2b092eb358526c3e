import { describe, expect, it } from 'vitest';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import { filterInitiatives } from './filter-initiatives';

const base: InitiativeSummary = {
  id: '00000000-0000-4000-8000-000000000000',
  key: 'Sak 1-2026',
  title: 'Base',
  phase: 'problem',
  status: 'active',
  priority: null,
  health: null,
  progress: null,
  readyForDone: false,
  ownerId: null,
  allocation: null,
  phaseChangedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  productGroupIds: [],
  strategicItemIds: [],
};
const make = (key: string, fields: Partial<InitiativeSummary>): InitiativeSummary => ({
  ...base,
  ...fields,
  key,
});

const items = [
  make('A', { phase: 'konsept', priority: 'must', health: 'red', productGroupIds: ['g1'] }),
  make('B', {
    phase: 'konsept',
    allocation: { kind: 'teams', teamIds: ['t1', 't2'] },
    strategicItemIds: ['m1'],
  }),
  make('C', { phase: 'problem', status: 'parked', health: 'green', productGroupIds: ['g1', 'g2'] }),
];
const keys = (found: InitiativeSummary[]) => found.map((i) => i.key);

describe('filtering the portfolio in the browser', () => {
  it('keeps everything, in order, when no filter is set', () => {
    expect(keys(filterInitiatives(items, {}))).toEqual(['A', 'B', 'C']);
  });

  it('filters by each field, and by all of them together', () => {
    expect(keys(filterInitiatives(items, { phase: 'konsept' }))).toEqual(['A', 'B']);
    expect(keys(filterInitiatives(items, { status: 'parked' }))).toEqual(['C']);
    expect(keys(filterInitiatives(items, { priority: 'must' }))).toEqual(['A']);
    expect(keys(filterInitiatives(items, { health: 'none' }))).toEqual(['B']);
    expect(keys(filterInitiatives(items, { health: 'green' }))).toEqual(['C']);
    expect(keys(filterInitiatives(items, { productGroup: 'g1' }))).toEqual(['A', 'C']);
    expect(keys(filterInitiatives(items, { team: 't2' }))).toEqual(['B']);
    expect(keys(filterInitiatives(items, { goal: 'm1' }))).toEqual(['B']);
    expect(keys(filterInitiatives(items, { phase: 'konsept', productGroup: 'g1' }))).toEqual(['A']);
    expect(keys(filterInitiatives(items, { phase: 'problem', priority: 'must' }))).toEqual([]);
  });
});
