import { describe, expect, it } from 'vitest';
import type { CoveredItem, StrategyCoverage } from '../../../contracts/strategy-coverage';
import {
  coverageSearchParams,
  filterCoverage,
  kindsPresent,
  kindWorthSaying,
  parseCoverageSearch,
  visibleItems,
} from './coverage-filter';

const item = (id: string, parentId: string | null, covered: boolean): CoveredItem => ({
  id,
  parentId,
  covered,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  sourceId: 's',
  kind: 'goal',
  ref: null,
  title: id,
  description: null,
  periodStart: null,
  periodEnd: null,
  targetValue: null,
  currentValue: null,
  initiatives: [],
  ended: false,
  goalWithout: !covered,
});

const source = (id: string, kind: 'okr' | 'agency-strategy', items: CoveredItem[]) => ({
  id,
  kind,
  items,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  title: id,
  issuer: null,
  periodStart: null,
  periodEnd: null,
  url: null,
  description: null,
  productGroupId: null,
});

describe('visibleItems', () => {
  // goal (covered through sub-a) → sub-a (covered), sub-b (not); lone (not); done (covered)
  const items = [
    item('goal', null, true),
    item('sub-a', 'goal', true),
    item('sub-b', 'goal', false),
    item('lone', null, false),
    item('done', null, true),
  ];

  it('keeps everything unless asked for the uncovered only', () => {
    expect(visibleItems(items, false).map((i) => i.id)).toEqual(['goal', 'sub-a', 'sub-b', 'lone', 'done']);
  });

  it('keeps the uncovered items and the items above them, in their order', () => {
    expect(visibleItems(items, true).map((i) => i.id)).toEqual(['goal', 'sub-b', 'lone']);
  });
});

describe('filterCoverage', () => {
  const coverage: StrategyCoverage = {
    goalsWithout: 1,
    sources: [
      source('strategy', 'agency-strategy', [item('a', null, false)]),
      source('okr', 'okr', [item('b', null, true)]),
    ],
  };

  it('filters by the kind of source and leaves out sources with nothing uncovered', () => {
    expect(filterCoverage(coverage, { kind: 'okr', onlyUncovered: false }).map((s) => s.id)).toEqual(['okr']);
    expect(filterCoverage(coverage, { onlyUncovered: true }).map((s) => s.id)).toEqual(['strategy']);
    expect(filterCoverage(coverage, { onlyUncovered: false }).map((s) => s.id)).toEqual(['strategy', 'okr']);
    expect(kindsPresent(coverage)).toEqual(['agency-strategy', 'okr']);
  });
});

describe('the filters in the URL', () => {
  it('reads what it knows and writes only what is set', () => {
    expect(parseCoverageSearch(new URLSearchParams('kilde=okr&udekket=1'))).toEqual({
      kind: 'okr',
      onlyUncovered: true,
    });
    expect(parseCoverageSearch(new URLSearchParams('kilde=nonsense'))).toEqual({
      kind: undefined,
      onlyUncovered: false,
    });
    expect(coverageSearchParams({ kind: 'okr', onlyUncovered: false }).toString()).toBe('kilde=okr');
    expect(coverageSearchParams({ onlyUncovered: true }).toString()).toBe('udekket=1');
  });
});

describe('kindWorthSaying', () => {
  it('leaves out the kind when the reference already says it', () => {
    expect(kindWorthSaying('Tiltak', 'Tiltak 7')).toBe(false);
    expect(kindWorthSaying('Mål', 'mål 2')).toBe(false);
    expect(kindWorthSaying('Mål', 'SM1')).toBe(true);
    expect(kindWorthSaying('Mål', null)).toBe(true);
  });
});
