import { withoutEmoji } from './emoji';
import { withoutHtmlComments } from './html-comments';
import { type FencedLine, markFencedLines } from './markdown-fences';

/** A part of a body under one heading; the text before the first heading has heading null, key ''. */
export type MarkdownSection = { heading: string | null; key: string; text: string };

/**
 * A heading as a lookup key: emoji and emphasis gone, a leading "1." numbering gone, spaces
 * collapsed, trailing ':' and '?' stripped, lower case. "### 🎯 Hvordan skal det fungere? " and
 * "**Hvordan skal det fungere**:" give the same key.
 */
export function normaliseHeading(text: string): string {
  return withoutEmoji(text)
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d{1,2}[.)]\s+/, '')
    .replace(/[\s:?]+$/, '')
    .toLowerCase();
}

// GitHub needs a space after the hashes; "###Avhengigheter" is accepted too, "#12" (an issue) is not.
const ATX = /^ {0,3}#{1,6}(?:\s+|(?=\p{L}))(.*?)(?:\s+#+)?\s*$/u;
/** A whole line in bold: older bodies use it as a heading. */
const BOLD_LINE = /^\s*(\*\*|__)(?!\s)((?:(?!\1).)+?)\1\s*:?\s*$/;
/** "Label: value" or "**Label:** value" on one line; a heading only when the label is a known one. */
const INLINE_LABEL = /^\s*(?:\*\*|__)?([^*_:\n]{1,80}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\S.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const NOT_A_PARAGRAPH = /^\s*(?:[-*+>|]|\d+[.)]\s|$)/;

type Heading = { heading: string; rest: string | null; underlined: boolean };

function setextHeading(lines: readonly FencedLine[], index: number): Heading | null {
  const line = lines[index]?.text ?? '';
  const next = lines[index + 1];
  const previous = lines[index - 1]?.text ?? '';
  if (next?.fence !== 'none' || !SETEXT_UNDERLINE.test(next.text)) return null;
  if (NOT_A_PARAGRAPH.test(line) || previous.trim() !== '') return null;
  return { heading: line.trim(), rest: null, underlined: true };
}

function headingAt(lines: readonly FencedLine[], index: number, known: ReadonlySet<string>): Heading | null {
  const line = lines[index];
  if (line === undefined || line.fence !== 'none') return null;
  const atx = ATX.exec(line.text);
  if (atx) return { heading: (atx[1] ?? '').trim(), rest: null, underlined: false };
  const bold = BOLD_LINE.exec(line.text);
  if (bold) return { heading: (bold[2] ?? '').trim(), rest: null, underlined: false };
  if (known.has(normaliseHeading(line.text))) {
    const underlined = SETEXT_UNDERLINE.test(lines[index + 1]?.text ?? 'x');
    return { heading: line.text.trim(), rest: null, underlined };
  }
  const inline = INLINE_LABEL.exec(line.text);
  if (inline && known.has(normaliseHeading(inline[1] ?? ''))) {
    return { heading: (inline[1] ?? '').trim(), rest: inline[2] ?? null, underlined: false };
  }
  return setextHeading(lines, index);
}

function finish(heading: string | null, content: string[]): MarkdownSection {
  return { heading, key: heading === null ? '' : normaliseHeading(heading), text: content.join('\n').trim() };
}

/**
 * A body split at its headings, in order: `#`…`######` headings, whole bold lines, setext headings,
 * and plain lines (or "Label: value" lines) whose text is one of `knownHeadings` (compared
 * normalised). The split is flat: a `###` under a `##` starts a new section. Nothing inside a fenced
 * block is a heading, so a ```` ```[tasklist] ```` keeps its `### Tasks` line. Comments are removed.
 */
export function listSections(body: string | null, knownHeadings: readonly string[] = []): MarkdownSection[] {
  if (body === null) return [];
  const known = new Set(knownHeadings.map(normaliseHeading));
  const lines = markFencedLines(withoutHtmlComments(body).split(/\r?\n/));
  const sections: MarkdownSection[] = [];
  let current: { heading: string | null; content: string[] } = { heading: null, content: [] };
  for (let index = 0; index < lines.length; index += 1) {
    const found = headingAt(lines, index, known);
    if (found === null) {
      current.content.push(lines[index]?.text ?? '');
      continue;
    }
    sections.push(finish(current.heading, current.content));
    current = { heading: found.heading, content: found.rest === null ? [] : [found.rest] };
    if (found.underlined) index += 1;
  }
  sections.push(finish(current.heading, current.content));
  return sections.filter((section) => section.heading !== null || section.text !== '');
}

/**
 * The sections of a body by normalised heading (see `listSections`). A heading that occurs more
 * than once (a form's label followed by the same heading pre-filled in its value, or two "Tasks"
 * lists) gets the non-empty texts of all its sections, joined by a blank line.
 */
export function splitSections(
  body: string | null,
  knownHeadings: readonly string[] = [],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key, text } of listSections(body, knownHeadings)) {
    const before = map.get(key);
    map.set(
      key,
      before === undefined || before === '' ? text : text === '' ? before : `${before}\n\n${text}`,
    );
  }
  return map;
}
