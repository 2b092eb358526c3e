import { cutText } from './cut-text';
import { withoutHtmlComments } from './html-comments';
import { isHelpLine, isPlaceholder } from './placeholder';

/** A thematic break (`---`, `***`, `___`) that only separates sections. */
const RULE = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;

/**
 * A section's text as a field value: comments and unfilled help lines removed, separating rules at
 * its edges dropped, trimmed, null when only placeholders are left, and cut to `max` characters so
 * it always fits the contract's limit.
 */
export function cleanSectionText(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const lines = withoutHtmlComments(text)
    .split(/\r?\n/)
    .filter((line) => !isHelpLine(line));
  while (lines.length > 0 && (RULE.test(lines[0] ?? '') || lines[0]?.trim() === '')) lines.shift();
  while (lines.length > 0 && (RULE.test(lines.at(-1) ?? '') || lines.at(-1)?.trim() === '')) lines.pop();
  const value = lines.join('\n').trim();
  return isPlaceholder(value) ? null : cutText(value, max);
}
