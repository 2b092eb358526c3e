import { describe, expect, it } from 'vitest';
import { containsWord, matchSnippet } from './match-snippet';

describe('matchSnippet', () => {
  it('keeps a short text whole, on one line', () => {
    expect(matchSnippet('Søknad om\nstøtte', 'STØTTE')).toBe('Søknad om støtte');
  });

  it('cuts a long text at spaces around the match, marking the cuts', () => {
    const text = `${'lang innledning '.repeat(10)}her står lommeboka midt i ${'og mye mer tekst etterpå '.repeat(10)}`;
    const snippet = matchSnippet(text, 'lommeboka');
    expect(snippet).toMatch(/^….*lommeboka.*…$/);
    expect(snippet?.length).toBeLessThan(160);
    // Starts and ends at whole words.
    const words = new Set(text.split(' '));
    const shown = (snippet ?? '').slice(1, -1).split(' ');
    expect(words.has(shown[0] ?? '')).toBe(true);
    expect(words.has(shown.at(-1) ?? '')).toBe(true);
  });

  it('answers null when the word is not there', () => {
    expect(matchSnippet('Ingenting her', 'ærlig')).toBeNull();
  });

  it('folds Norwegian letters', () => {
    expect(containsWord('ÆRLIG ØL PÅ ÅS', 'ærlig øl på ås')).toBe(true);
    expect(containsWord(null, 'x')).toBe(false);
  });
});
