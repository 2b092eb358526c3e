import { describe, expect, it } from 'vitest';
import { withoutEmoji } from './emoji';

describe('withoutEmoji', () => {
  it('removes emoji with their selectors, joiners and skin tones', () => {
    expect(withoutEmoji('☂️ epic').trim()).toBe('epic');
    expect(withoutEmoji('👩🏽‍💻Team').trim()).toBe('Team');
    expect(withoutEmoji('1️⃣ Mål').replace(/\s+/g, ' ')).toBe('1 Mål');
  });

  it('keeps letters, digits and punctuation', () => {
    expect(withoutEmoji('Æøå #12 (OKR)?')).toBe('Æøå #12 (OKR)?');
  });
});
