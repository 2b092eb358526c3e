import { describe, expect, it } from 'vitest';
import { dependencyPairs, dependencyPath, type Box } from './dependency-arrows';

const box = (left: number, right: number, top: number): Box => ({ left, right, top, bottom: top + 20 });

describe('dependency arrows', () => {
  it('lists each "depends on" once, leaving out an element that names itself', () => {
    const pairs = dependencyPairs([
      { id: 'a', dependsOnIds: [] },
      { id: 'b', dependsOnIds: ['a', 'a'] },
      { id: 'c', dependsOnIds: ['a', 'b', 'c'] },
    ]);
    expect(pairs).toEqual([
      { fromId: 'a', toId: 'b' },
      { fromId: 'a', toId: 'c' },
      { fromId: 'b', toId: 'c' },
    ]);
  });

  it('runs from the end of the first bar to the start of the one that waits, turning halfway', () => {
    // From (100, 10) to (200, 50): right to x 150, down, right into the dependent bar.
    expect(dependencyPath(box(0, 100, 0), box(200, 300, 40))).toBe('M 100 10 H 150 V 50 H 200');
    // Upwards works the same way.
    expect(dependencyPath(box(0, 100, 40), box(200, 300, 0))).toBe('M 100 50 H 150 V 10 H 200');
  });

  it('goes round through the gap between the rows when the dependent bar starts too early', () => {
    // The dependent bar starts at 90, before the first one ends at 100.
    expect(dependencyPath(box(0, 100, 0), box(90, 300, 40), 8)).toBe('M 100 10 H 108 V 30 H 82 V 50 H 90');
    expect(dependencyPath(box(0, 100, 40), box(50, 300, 0), 8)).toBe('M 100 50 H 108 V 30 H 42 V 10 H 50');
  });

  it('always ends arriving from the left, at the start of the dependent bar', () => {
    for (const to of [box(300, 400, 80), box(10, 50, 80), box(10, 50, 0)]) {
      const path = dependencyPath(box(100, 200, 40), to);
      expect(path.endsWith(`H ${to.left}`)).toBe(true);
      expect(path.startsWith('M 200 50')).toBe(true);
    }
  });
});
