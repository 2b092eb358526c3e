import { describe, expect, it } from 'vitest';
import { cutText } from './cut-text';

describe('cutText', () => {
  it('leaves a text within the limit alone', () => {
    expect(cutText('abc', 3)).toBe('abc');
  });

  it('cuts with an ellipsis, within the limit', () => {
    expect(cutText('abcdef', 4)).toBe('abc…');
    expect(cutText('ab   cdef', 6)).toBe('ab…');
  });

  it('never splits a surrogate pair', () => {
    const cut = cutText('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});
