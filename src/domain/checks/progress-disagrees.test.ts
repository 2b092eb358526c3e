import { describe, expect, it } from 'vitest';
import { PROGRESS_TOLERANCE_POINTS, progressDisagrees } from './progress-disagrees';

describe('progressDisagrees', () => {
  it.each([
    [50, 0.5, false],
    [70, 0.5, false], // exactly 20 points apart is within tolerance
    [30, 0.5, false],
    [71, 0.5, true],
    [29, 0.5, true],
    [90, 0.7, false],
    [100, 0.1, true],
    [0, 1, true],
    [null, 0.5, false],
    [50, null, false],
    [null, null, false],
  ])('reported %s%% against computed %s: %s', (reported, computed, expected) => {
    expect(progressDisagrees(reported, computed)).toBe(expected);
  });

  it('takes another tolerance', () => {
    expect(PROGRESS_TOLERANCE_POINTS).toBe(20);
    expect(progressDisagrees(60, 0.5, 5)).toBe(true);
    expect(progressDisagrees(60, 0.5, 10)).toBe(false);
  });
});
