/**
 * Template leftovers in a roadmap element's title or body, as found in Digdir's public roadmap:
 * "Draft epos" / "Draft avhengighet" rows the form pre-fills, TBA (and its variants), TBD, TODO,
 * NA as a whole value, and sections holding only "-", "." or nothing at all.
 */

/** Normalised labels, in the order they are reported. */
export const PLACEHOLDER_LABELS = [
  'Draft epos',
  'Draft avhengighet',
  'TBA',
  'TBD',
  'TODO',
  'NA',
  '-',
  '.',
  'empty section',
] as const;
export type Placeholder = (typeof PLACEHOLDER_LABELS)[number];

// Whole words only: no letter or digit may touch the match, so "todos", "TBAs" or "utbad" do not
// count, while "TBA-", "TBA?" and "(TBD)" do. Case-insensitive; Norwegian has no such words.
const word = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'iu');

const WORD_PATTERNS: ReadonlyArray<readonly [Placeholder, RegExp]> = [
  ['Draft epos', word('draft\\s+epos')],
  // Bokmål "avhengighet(er)" and nynorsk "avhengigheit(er)".
  ['Draft avhengighet', word('draft\\s+avhengighe(?:i)?t(?:er)?')],
  // "T.B.A." and "tba" are the same leftover. "TAB" is not flagged: it is a real word too often.
  ['TBA', word('t\\.?b\\.?a')],
  ['TBD', word('t\\.?b\\.?d')],
  ['TODO', word('todo')],
];

/**
 * NA only as a whole value: a whole line, a list item, the value after "Label:", or a table cell.
 * Anywhere else "na" is part of Norwegian ("Nasjonal", "na" in names) and means nothing.
 */
const NA_VALUE = /^(?:n\/a|n\.a\.?|na)$/i;
const LIST_MARKER = /^(?:[-*+]|\d+\.)\s+(?:\[[ xX]\]\s+)?/;
const LABEL_PREFIX = /^[^:]{1,60}:\s*(?:\*\*|__)?\s*/;

function isNaValue(line: string): boolean {
  const item = line.trim().replace(LIST_MARKER, '');
  const candidates = [item, item.replace(LABEL_PREFIX, '')];
  if (item.includes('|')) candidates.push(...item.split('|'));
  return candidates.some((candidate) => NA_VALUE.test(candidate.trim().replace(/[*_]/g, '')));
}

type LineKind = 'blank' | 'structure' | '-' | '.' | 'content';

const FENCE = /^\s*(?:```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})\s+\S/;
/** A whole bold line works as a heading in older elements; it ranks below every `#` heading. */
const BOLD_HEADING = /^\s*(?:\*\*[^*]+\*\*|__[^_]+__):?\s*$/;
const BOLD_LEVEL = 7;
const DASH_FILLER = /^(?:[-–—*]|[-*]\s*\[\s?\])$/;
const DOT_FILLER = /^(?:\.{1,3}|…)$/;
/** What GitHub issue forms write into an optional field nobody filled in. */
const NO_RESPONSE = /^_no response_$/i;

function classify(line: string, inFence: boolean): LineKind {
  const trimmed = line.trim();
  if (trimmed === '' || NO_RESPONSE.test(trimmed)) return 'blank';
  // Fence markers and the "### Tasks" heading of a ```[tasklist] block are form structure.
  if (FENCE.test(line) || (inFence && HEADING.test(line))) return 'structure';
  if (DASH_FILLER.test(trimmed)) return '-';
  if (DOT_FILLER.test(trimmed)) return '.';
  return 'content';
}

type Section = { level: number | null; kinds: LineKind[] };

/** Splits a body at its headings; the text before the first heading is a section with level null. */
function sections(lines: string[]): Section[] {
  const result: Section[] = [{ level: null, kinds: [] }];
  let inFence = false;
  for (const line of lines) {
    const heading = inFence ? null : HEADING.exec(line);
    const level = heading?.[1]?.length ?? (!inFence && BOLD_HEADING.test(line) ? BOLD_LEVEL : null);
    if (level !== null) {
      result.push({ level, kinds: [] });
      continue;
    }
    result.at(-1)?.kinds.push(classify(line, inFence));
    if (FENCE.test(line)) inFence = !inFence;
  }
  return result;
}

function sectionPlaceholders(list: Section[]): Placeholder[] {
  const found: Placeholder[] = [];
  list.forEach((section, index) => {
    if (section.kinds.includes('content')) return;
    const fillers = section.kinds.filter((kind): kind is '-' | '.' => kind === '-' || kind === '.');
    if (fillers.length > 0) {
      found.push(...fillers);
      return;
    }
    // Nothing under a heading is a leftover, unless sub-headings follow that hold the content.
    // Nothing at all before the first heading (or in an empty text) is not a template leftover.
    const next = list[index + 1];
    const parentOfNext =
      next !== undefined && next.level !== null && section.level !== null && next.level > section.level;
    if (section.level !== null && !parentOfNext) found.push('empty section');
  });
  return found;
}

export function findPlaceholders(text: string | null): string[] {
  if (text === null) return [];
  // HTML comments are template help text nobody sees; a section holding only one is empty.
  const visible = text.replace(/<!--[\s\S]*?-->/g, '');
  const lines = visible.split(/\r?\n/);

  const found = new Set<Placeholder>();
  for (const [label, pattern] of WORD_PATTERNS) if (pattern.test(visible)) found.add(label);
  if (lines.some(isNaValue)) found.add('NA');
  for (const label of sectionPlaceholders(sections(lines))) found.add(label);

  return PLACEHOLDER_LABELS.filter((label) => found.has(label));
}
