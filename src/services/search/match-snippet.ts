/** Characters of context kept on each side of a match. */
const BEFORE = 50;
const AFTER = 90;

/**
 * A few words of `text` around the first occurrence of `word` (case-insensitive), on one line, with
 * "…" where it was cut; null when the word is not in the text.
 */
export function matchSnippet(text: string, word: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = flat.toLowerCase().indexOf(word.toLowerCase());
  if (at < 0 || word.length === 0) return null;
  let start = Math.max(0, at - BEFORE);
  let end = Math.min(flat.length, at + word.length + AFTER);
  // Cut at spaces, so no word is shown half.
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > at + word.length ? space : end;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** Whether `text` holds `word`, case-insensitively. */
export const containsWord = (text: string | null, word: string): boolean =>
  text !== null && text.toLowerCase().includes(word.toLowerCase());
