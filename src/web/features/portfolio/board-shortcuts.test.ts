import { describe, expect, it } from 'vitest';
import { nextCardLink, shortcutOf } from './board-shortcuts';

// Stand-ins for the card links: nextCardLink compares them by identity only.
const card = (name: string) => ({ name }) as unknown as HTMLElement;
const [a1, a2, b1, c1, c2, c3] = [card('a1'), card('a2'), card('b1'), card('c1'), card('c2'), card('c3')];
const grid = [[a1, a2], [], [b1], [c1, c2, c3]];

describe('board shortcuts', () => {
  it('knows its keys, and only those', () => {
    expect(shortcutOf('j')).toBe('nextCard');
    expect(shortcutOf('ArrowLeft')).toBe('previousColumn');
    expect(shortcutOf('?')).toBe('help');
    expect(shortcutOf('x')).toBeUndefined();
  });

  it('starts at the first card when none has focus', () => {
    expect(nextCardLink(grid, null, 'nextCard')).toBe(a1);
  });

  it('moves within a column and stops at its ends', () => {
    expect(nextCardLink(grid, a1, 'nextCard')).toBe(a2);
    expect(nextCardLink(grid, a2, 'nextCard')).toBeUndefined();
    expect(nextCardLink(grid, a1, 'previousCard')).toBeUndefined();
  });

  it('moves across columns, skipping empty ones and keeping the row where it can', () => {
    expect(nextCardLink(grid, a2, 'nextColumn')).toBe(b1);
    expect(nextCardLink(grid, b1, 'nextColumn')).toBe(c1);
    expect(nextCardLink(grid, c3, 'previousColumn')).toBe(b1);
    expect(nextCardLink(grid, b1, 'previousColumn')).toBe(a1);
    expect(nextCardLink(grid, c2, 'nextColumn')).toBeUndefined();
  });
});
