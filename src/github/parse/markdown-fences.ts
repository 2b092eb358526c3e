/** The info string GitHub's retired tasklist blocks carry: ```` ```[tasklist] ````. */
export const TASKLIST_INFO = '[tasklist]';

/** A line of Markdown and the fenced code block it belongs to, if any. */
export type FencedLine = {
  text: string;
  /** 'marker': an opening or closing fence line; 'inside': a line of a block's content. */
  fence: 'none' | 'marker' | 'inside';
  /** The enclosing block's info string in lower case ('mermaid', '[tasklist]', ''), null outside. */
  info: string | null;
};

const OPENING = /^ {0,3}(`{3,}|~{3,})\s*([^`]*?)\s*$/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})\s*$/;

type Open = { char: string; length: number; info: string };

function closes(line: string, open: Open): boolean {
  const marker = CLOSING.exec(line)?.[1];
  return marker !== undefined && marker.startsWith(open.char) && marker.length >= open.length;
}

/**
 * Marks which lines sit in fenced code blocks, as CommonMark does: a block closes with a fence of the
 * same character at least as long, and an unclosed block runs to the end of the text.
 */
export function markFencedLines(lines: readonly string[]): FencedLine[] {
  const result: FencedLine[] = [];
  let open: Open | null = null;
  for (const text of lines) {
    if (open !== null) {
      const info = open.info;
      if (closes(text, open)) open = null;
      result.push({ text, fence: open === null ? 'marker' : 'inside', info });
      continue;
    }
    const match = OPENING.exec(text);
    const marker = match?.[1];
    if (match && marker) {
      open = { char: marker.charAt(0), length: marker.length, info: (match[2] ?? '').toLowerCase() };
      result.push({ text, fence: 'marker', info: open.info });
      continue;
    }
    result.push({ text, fence: 'none', info: null });
  }
  return result;
}
