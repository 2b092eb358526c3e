import { withoutHtmlComments } from './html-comments';
import { type IssueLink, type RepoContext, findIssueReferences } from './issue-link';
import { TASKLIST_INFO, type FencedLine, markFencedLines } from './markdown-fences';
import { isPlaceholder } from './placeholder';

/** One line of a checklist. `checked` is null for an item without a checkbox. */
export type ChecklistItem = {
  text: string;
  checked: boolean | null;
  /** The first issue the item refers to. */
  link: IssueLink | null;
  /** The item is a placeholder ("Draft epos", "TBA", an empty checkbox) and refers to no issue. */
  placeholder: boolean;
};
export type Checklist = { items: ChecklistItem[] };

const ITEM = /^\s*(?:([-*+]|\d{1,3}[.)])(?:\s+|$))?(?:\[([ xX]?)\](?:\s+|$))?(.*?)\s*$/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
/** Thematic breaks and table rulers separate; they are no items. */
const SEPARATOR = /^\s*(?:(?:[-*_]\s*){3,}|\|?[\s:|-]*-{3,}[\s:|-]*\|?)$/;

/** Lines that can hold items: outside code blocks, or inside a tasklist block but not its title. */
function itemLines(lines: readonly FencedLine[]): string[] {
  return lines
    .filter((line) =>
      line.fence === 'none'
        ? !HEADING.test(line.text)
        : line.fence === 'inside' && line.info === TASKLIST_INFO && !HEADING.test(line.text),
    )
    .map((line) => line.text)
    .filter((text) => text.trim() !== '' && !SEPARATOR.test(text));
}

function itemOf(line: string, context: RepoContext): ChecklistItem {
  const match = ITEM.exec(line);
  const box = match?.[2];
  const text = match?.[3] ?? line.trim();
  const link = findIssueReferences(text, context)[0] ?? null;
  return {
    text,
    checked: box === undefined ? null : box.toLowerCase() === 'x',
    link,
    placeholder: link === null && isPlaceholder(text),
  };
}

/**
 * The items of a checklist section: `- [ ] x`, `- [x] x`, `* x`, `1. x`, plain lines, and the items
 * of retired ```` ```[tasklist] ```` blocks (their `### Tasks` title is not an item). Other code
 * blocks (a Mermaid chart) hold no items. Blank lines, headings and rules are skipped.
 */
export function parseChecklist(sectionText: string | null, context: RepoContext): Checklist {
  if (sectionText === null) return { items: [] };
  const lines = markFencedLines(withoutHtmlComments(sectionText).split(/\r?\n/));
  return { items: itemLines(lines).map((line) => itemOf(line, context)) };
}
