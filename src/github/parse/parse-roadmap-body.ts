import { LIMITS } from '../../contracts/limits';
import { parseChecklist } from './checklist';
import { type HeadingAliases, allAliases, headingKind } from './heading-kind';
import { withoutHtmlComments } from './html-comments';
import { type IssueLink, type RepoContext, findIssueReferences } from './issue-link';
import { markFencedLines } from './markdown-fences';
import { splitSections } from './markdown-sections';
import { collectNamedChecklists } from './named-checklists';
import { findInitiativeKeys } from './parse-initiative-key';
import { cleanSectionText } from './section-text';

export type RoadmapBody = {
  overview: string | null;
  expectedResult: string | null;
  howItWorks: string | null;
  /** Issues listed under *Avhengigheter*. */
  dependencies: IssueLink[];
  /** Issues (epics) listed under *Oppgaver* (*Tasks* in older elements). */
  epics: IssueLink[];
  /** Checklist rows that are placeholders ("Draft avhengighet", "Draft epos", TBA …). */
  placeholders: { dependencies: number; epics: number };
  /** Every "Sak N-YYYY" the body mentions, normalised. */
  initiativeKeys: string[];
};

/** The prose sections, in bokmål, nynorsk and English, with the variants seen on the board. */
const TEXT_SECTIONS: HeadingAliases<'overview' | 'expectedResult' | 'howItWorks'> = {
  overview: ['Overordnet beskrivelse', 'Overordna beskrivelse', 'Overordna skildring', 'Overview', 'Summary'],
  expectedResult: [
    'Forventet resultat',
    'Forventa resultat',
    'Forventede resultater',
    'Expected result',
    'Expected results',
    'Expected outcome',
  ],
  howItWorks: [
    'Hvordan skal det fungere?',
    'Hvordan vil det virke?',
    'Hvordan vil det fungere?',
    'Hvordan skal det virke?',
    'Korleis skal det fungere?',
    'Korleis vil det fungere?',
    'Korleis skal det verke?',
    'How will it work?',
    'How should it work?',
    'How does it work?',
    'How it works',
  ],
};

/** The checklists under *Gjennomføring*. */
const CHECKLISTS: HeadingAliases<'dependencies' | 'epics'> = {
  dependencies: ['Avhengigheter', 'Avhengigheiter', 'Dependencies'],
  epics: ['Oppgaver', 'Oppgåver', 'Tasks', 'Epos', 'Epics'],
};

const EXECUTION: HeadingAliases<'execution'> = {
  execution: ['Gjennomføring', 'Implementation', 'Execution'],
};
const KNOWN_HEADINGS = [...allAliases(TEXT_SECTIONS), ...allAliases(CHECKLISTS), ...allAliases(EXECUTION)];

/**
 * Items written straight under *Gjennomføring*, outside any tasklist block and without an
 * *Avhengigheter* or *Oppgaver* heading: the work it lists, so epics (the blocks are sorted by
 * `collectNamedChecklists`).
 */
function looseExecutionItems(sections: ReadonlyMap<string, string>): string[] {
  return [...sections]
    .filter(([key]) => headingKind(key, EXECUTION) === 'execution')
    .map(([, text]) =>
      markFencedLines(text.split(/\r?\n/))
        .filter((line) => line.fence === 'none')
        .map((line) => line.text)
        .join('\n'),
    );
}

type ChecklistResult = { links: IssueLink[]; placeholders: number };

function linksOf(texts: readonly string[], context: RepoContext): ChecklistResult {
  const items = texts.flatMap((text) => parseChecklist(text, context).items);
  // Every issue an item names counts ("#12 og #13"); each once, compared case-insensitively.
  const links = findIssueReferences(items.map((item) => item.text).join('\n'), context);
  return { links, placeholders: items.filter((item) => item.placeholder).length };
}

function textSection(sections: ReadonlyMap<string, string>, kind: keyof typeof TEXT_SECTIONS): string | null {
  const texts = [...sections]
    .filter(([key]) => headingKind(key, TEXT_SECTIONS) === kind)
    .map(([, text]) => text);
  return cleanSectionText(texts.join('\n\n'), LIMITS.longText);
}

/**
 * A roadmap element's body: the sections *Overordnet beskrivelse*, *Forventet resultat* and
 * *Hvordan skal det fungere?* (and their variants), and the *Avhengigheter* and *Oppgaver* / *Tasks*
 * checklists of *Gjennomføring*, as plain lists, checklists or retired tasklist blocks (a block
 * titled neither lists epics, as the board's reporting read them, and so do items straight under
 * *Gjennomføring*). Placeholder rows are counted, not linked. Text outside known sections (a one-line body from another tool)
 * fills nothing; a Mermaid chart in a section links nothing.
 */
export function parseRoadmapBody(body: string | null, context: RepoContext): RoadmapBody {
  const sections = splitSections(body, KNOWN_HEADINGS);
  const checklists = collectNamedChecklists(sections, CHECKLISTS, 'epics');
  const dependencies = linksOf(checklists.dependencies, context);
  const epics = linksOf([...checklists.epics, ...looseExecutionItems(sections)], context);
  return {
    overview: textSection(sections, 'overview'),
    expectedResult: textSection(sections, 'expectedResult'),
    howItWorks: textSection(sections, 'howItWorks'),
    dependencies: dependencies.links,
    epics: epics.links,
    placeholders: { dependencies: dependencies.placeholders, epics: epics.placeholders },
    initiativeKeys: findInitiativeKeys(withoutHtmlComments(body ?? '')),
  };
}
