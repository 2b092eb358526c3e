import { parseChecklist } from './checklist';
import { type HeadingAliases, allAliases } from './heading-kind';
import { type IssueLink, type RepoContext, findIssueReferences } from './issue-link';
import { splitSections } from './markdown-sections';
import { collectNamedChecklists } from './named-checklists';

export type EpicBody = { children: IssueLink[] };

/** Sections of an epic that list its child work; Description, In scope, Out of scope do not. */
const CHILD_SECTIONS: HeadingAliases<'children' | 'dependencies'> = {
  children: [
    'Tasks',
    'Oppgaver',
    'Oppgåver',
    'Sub-issues',
    'Sub issues',
    'Subtasks',
    'Deloppgaver',
    'Underoppgaver',
  ],
  // Named only so that a tasklist of dependencies is not taken for children.
  dependencies: ['Avhengigheter', 'Avhengigheiter', 'Dependencies', 'Depends on', 'Blocked by'],
};

/**
 * An epic's children listed in its body: the issues in its *Tasks* / *Oppgaver* / *Sub-issues*
 * section, and in any tasklist block not titled as dependencies (GitHub tracked a tasklist's items
 * as the issue's work). Links elsewhere in the body are not children.
 */
export function parseEpicBody(body: string | null, context: RepoContext): EpicBody {
  const sections = splitSections(body, allAliases(CHILD_SECTIONS));
  const texts = collectNamedChecklists(sections, CHILD_SECTIONS, 'children').children;
  const items = texts.flatMap((text) => parseChecklist(text, context).items);
  return { children: findIssueReferences(items.map((item) => item.text).join('\n'), context) };
}
