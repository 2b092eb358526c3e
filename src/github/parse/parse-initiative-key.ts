/**
 * "Sak 14-2026", also written "sak 14 - 2026", "Sak nr. 14-2026", "Sak 14/2026" or with an en dash.
 * Not inside a word ("Forsak 1-2026") and not followed by more digits.
 */
const KEY = /(?<![\p{L}\p{N}])sak\s*(?:nr\.?\s*)?(\d{1,6})\s*[-–—/]\s*(\d{4})(?!\p{N})/iu;
const KEYS = new RegExp(KEY.source, 'giu');

const normalised = (number: string, year: string): string => `Sak ${Number(number)}-${year}`;

/** What stays around a key once it is taken out of a title: brackets, colons, dashes, bars. */
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;
const EDGE_SEPARATORS = /^[\s:;|,.–—-]+|[\s:;|,–—-]+$/g;

/**
 * The case key a title carries ("Sak 14-2026: Foo", "[Sak 14-2026] Foo", "Foo (Sak 14-2026)",
 * "Sak 14 - 2026 Foo", "sak 3-2025 – Foo"), normalised to "Sak 14-2026", and the title without it.
 * Without a key: key null and the title trimmed. A title that is only a key keeps its words as title,
 * since a title may not be empty.
 */
export function parseInitiativeKey(title: string): { key: string | null; title: string } {
  const trimmed = title.trim();
  const match = KEY.exec(trimmed);
  if (!match) return { key: null, title: trimmed };
  const rest = (trimmed.slice(0, match.index) + ' ' + trimmed.slice(match.index + match[0].length))
    .replace(EMPTY_BRACKETS, ' ')
    .replace(/\s+/g, ' ')
    .replace(EDGE_SEPARATORS, '');
  return { key: normalised(match[1] ?? '', match[2] ?? ''), title: rest === '' ? trimmed : rest };
}

/** Every case key a text mentions, normalised, each once, in order of first mention. */
export function findInitiativeKeys(text: string): string[] {
  const keys = [...text.matchAll(KEYS)].map((match) => normalised(match[1] ?? '', match[2] ?? ''));
  return [...new Set(keys)];
}
