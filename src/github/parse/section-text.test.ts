import { describe, expect, it } from 'vitest';
import { cleanSectionText } from './section-text';

describe('cleanSectionText', () => {
  it('drops comments, help lines and separating rules, and trims', () => {
    const text = '\n<!-- hjelp -->\n_Beskriv kort problemet._\n\nVi har for mange manuelle steg.\n\n---\n';
    expect(cleanSectionText(text, 100)).toBe('Vi har for mange manuelle steg.');
  });

  it('keeps rules and blank lines inside the text', () => {
    expect(cleanSectionText('Første\n\n---\n\nAndre', 100)).toBe('Første\n\n---\n\nAndre');
  });

  it('gives null for placeholders, empty and missing text', () => {
    expect(cleanSectionText('TBA', 100)).toBeNull();
    expect(cleanSectionText('_No response_', 100)).toBeNull();
    expect(cleanSectionText('', 100)).toBeNull();
    expect(cleanSectionText(undefined, 100)).toBeNull();
  });

  it('cuts to the limit', () => {
    expect(cleanSectionText('abcdefghij', 5)).toBe('abcd…');
  });
});
