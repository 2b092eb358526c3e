import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../contracts/workflow';
import { MESSAGES } from './messages';

/** Every leaf of a message tree as "a.b.c" → value (values that are not strings come back as-is). */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object') {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  const reference = leaves(MESSAGES.nb);

  it('bokmål has messages', () => {
    expect(reference.size).toBeGreaterThan(50);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages = leaves(MESSAGES[locale]);

      it('has exactly the keys of bokmål', () => {
        const missing = [...reference.keys()].filter((key) => !messages.has(key));
        const extra = [...messages.keys()].filter((key) => !reference.has(key));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has no empty or non-text message', () => {
        const bad = [...messages].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
        expect(bad.map(([key]) => key)).toEqual([]);
      });

      it('uses the same placeholders as bokmål', () => {
        const differing = [...reference]
          .filter(([key, value]) => {
            const other = messages.get(key);
            return typeof value === 'string' && typeof other === 'string'
              ? placeholders(value).join() !== placeholders(other).join()
              : false;
          })
          .map(([key]) => key);
        expect(differing).toEqual([]);
      });
    });
  }
});
