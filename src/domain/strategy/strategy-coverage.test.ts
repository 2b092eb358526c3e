import { describe, expect, it } from 'vitest';
import { inTreeOrder, strategyCoverage, type CoverageItem } from './strategy-coverage';

const TODAY = '2026-06-15';
const item = (
  id: string,
  kind: CoverageItem['kind'],
  parentId: string | null = null,
  periodEnd: string | null = null,
) => ({
  id,
  kind,
  parentId,
  periodEnd,
});

describe('strategyCoverage', () => {
  const items = [
    item('goal-a', 'goal'),
    item('assignment-a1', 'assignment', 'goal-a'),
    item('goal-b', 'goal'),
    item('objective-c', 'objective', null, '2026-12-31'),
    item('kr-c1', 'key-result', 'objective-c', '2026-12-31'),
    item('objective-old', 'objective', null, '2026-03-31'),
    item('action-d', 'action'),
  ];

  it('covers an item served directly and every item above it', () => {
    const coverage = strategyCoverage(items, [{ itemId: 'assignment-a1', stopped: false }], TODAY);
    expect(coverage.get('assignment-a1')).toEqual({ covered: true, ended: false, goalWithout: false });
    expect(coverage.get('goal-a')).toEqual({ covered: true, ended: false, goalWithout: false });
    expect(coverage.get('goal-b')).toEqual({ covered: false, ended: false, goalWithout: true });
  });

  it('counts only goals and objectives still in their period as goals without initiative', () => {
    const coverage = strategyCoverage(items, [], TODAY);
    const without = [...coverage].filter(([, c]) => c.goalWithout).map(([id]) => id);
    expect(without).toEqual(['goal-a', 'goal-b', 'objective-c']);
    expect(coverage.get('objective-old')).toEqual({ covered: false, ended: true, goalWithout: false });
    expect(coverage.get('action-d')).toEqual({ covered: false, ended: false, goalWithout: false });
    // The last day of the period is still in it.
    expect(strategyCoverage([item('g', 'goal', null, TODAY)], [], TODAY).get('g')?.ended).toBe(false);
  });

  it('lets a stopped initiative serve nothing', () => {
    const coverage = strategyCoverage(items, [{ itemId: 'kr-c1', stopped: true }], TODAY);
    expect(coverage.get('kr-c1')?.covered).toBe(false);
    expect(coverage.get('objective-c')?.goalWithout).toBe(true);
    const also = strategyCoverage(
      items,
      [
        { itemId: 'kr-c1', stopped: true },
        { itemId: 'kr-c1', stopped: false },
      ],
      TODAY,
    );
    expect(also.get('objective-c')?.covered).toBe(true);
  });

  it('survives a cycle and links to items it does not know', () => {
    const cyclic = [item('x', 'goal', 'y'), item('y', 'goal', 'x')];
    const coverage = strategyCoverage(
      cyclic,
      [
        { itemId: 'x', stopped: false },
        { itemId: 'gone', stopped: false },
      ],
      TODAY,
    );
    expect(coverage.get('x')?.covered).toBe(true);
    expect(coverage.get('y')?.covered).toBe(true);
    expect(coverage.has('gone')).toBe(false);
  });
});

describe('inTreeOrder', () => {
  it('puts each parent before its children and keeps the siblings in order', () => {
    const items = [
      item('kr-2', 'key-result', 'obj'),
      item('goal', 'goal'),
      item('obj', 'objective'),
      item('kr-1', 'key-result', 'obj'),
      item('sub', 'assignment', 'goal'),
      item('orphan', 'action', 'missing'),
    ];
    expect(inTreeOrder(items).map((i) => i.id)).toEqual(['goal', 'sub', 'obj', 'kr-2', 'kr-1', 'orphan']);
  });
});
