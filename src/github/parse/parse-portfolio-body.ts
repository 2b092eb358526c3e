import type { Okr } from '../../contracts/initiatives';
import { LIMITS } from '../../contracts/limits';
import { type HeadingAliases, allAliases, headingKind } from './heading-kind';
import { type MarkdownSection, listSections } from './markdown-sections';
import { parseOkrs } from './parse-okrs';
import { parsePersonMonths } from './parse-person-months';
import { cleanSectionText } from './section-text';

export type PortfolioBody = {
  collaboration: string | null;
  dependenciesText: string | null;
  problemStatement: string | null;
  description: string | null;
  riskIfNotDone: string | null;
  okrs: Okr[];
  competence: string | null;
  personMonthsTotal: number | null;
  /** The words the person-months were written in ("12-18 månedsverk, avhengig av omfang"). */
  personMonthsText: string | null;
};

type Kind =
  | 'collaboration'
  | 'dependenciesText'
  | 'problemStatement'
  | 'description'
  | 'riskIfNotDone'
  | 'okrs'
  | 'competence'
  | 'personMonths'
  | 'grouping';

/** The portfolio template's headings, in bokmål, nynorsk and English, with variants. */
const SECTIONS: HeadingAliases<Kind> = {
  collaboration: [
    'Samarbeid med',
    'Samarbeid',
    'Samarbeidspartnere',
    'Collaboration',
    'In collaboration with',
  ],
  dependenciesText: [
    'Avhengigheter til andre tiltak',
    'Avhengigheiter til andre tiltak',
    'Avhengigheter',
    'Dependencies',
  ],
  problemStatement: ['Problemstilling', 'Problem', 'Problem statement'],
  description: ['Beskrivelse av tiltaket', 'Skildring av tiltaket', 'Beskrivelse', 'Description'],
  riskIfNotDone: [
    'Risiko hvis tiltaket ikke gjennomføres',
    'Risiko dersom tiltaket ikke gjennomføres',
    'Risiko om tiltaket ikkje blir gjennomført',
    'Risiko dersom tiltaket ikkje vert gjennomført',
    'Risiko',
    'Risk if not done',
  ],
  okrs: [
    'Mål og nøkkelresultat (OKR)',
    'Mål og nøkkelresultater',
    'Mål og nøkkelresultat',
    'OKR',
    'OKRs',
    'Objectives and key results',
  ],
  competence: [
    'Hvilken kompetanse trengs for tiltaket',
    'Kva kompetanse trengst for tiltaket',
    'Kompetanse',
    'Kompetansebehov',
    'Competence',
  ],
  personMonths: [
    'Behov totalt, sum månedsverk',
    'Behov totalt',
    'Sum månedsverk',
    'Månedsverk',
    'Ressursbehov',
    'Person-months',
  ],
  // Headings that only group the ones above; their own text is not a field.
  grouping: ['Grunninformasjon', 'Begrunnelse', 'Ressurser'],
};
const KNOWN_HEADINGS = allAliases(SECTIONS);

/** Headings that continue the OKR section: "#### Mål 1: …", "##### Nøkkelresultater". */
const OKR_HEADING = /^(?:mål|målsetting|objective|goal|nøkkelresultat|key result)(?![\p{L}])/iu;

type Gathered = { texts: Map<Kind, string[]>; okrText: string[] };

/** Section texts by kind; "Mål N" headings after the OKR heading go back in as lines of its text. */
function gather(sections: readonly MarkdownSection[]): Gathered {
  const texts = new Map<Kind, string[]>();
  const okrText: string[] = [];
  let inOkrs = false;
  for (const section of sections) {
    const kind = headingKind(section.key, SECTIONS);
    if (kind === null && inOkrs && OKR_HEADING.test(section.heading ?? '')) {
      okrText.push(section.heading ?? '', section.text);
      continue;
    }
    inOkrs = kind === 'okrs';
    if (kind === 'okrs') okrText.push(section.text);
    else if (kind !== null) texts.set(kind, [...(texts.get(kind) ?? []), section.text]);
  }
  return { texts, okrText };
}

/**
 * An initiative's body written from the portfolio template: Grunninformasjon (Samarbeid med;
 * Avhengigheter til andre tiltak), Begrunnelse (Problemstilling; Beskrivelse av tiltaket; Risiko
 * hvis tiltaket ikke gjennomføres; Mål og nøkkelresultat (OKR)), Ressurser (Hvilken kompetanse
 * trengs for tiltaket; Behov totalt, sum månedsverk). Headings may be `#`, bold, plain lines or
 * "Label: value" lines. Placeholders give null; texts are trimmed and cut to the contract's limits.
 */
export function parsePortfolioBody(body: string | null): PortfolioBody {
  const { texts, okrText } = gather(listSections(body, KNOWN_HEADINGS));
  const text = (kind: Kind, max: number): string | null =>
    cleanSectionText((texts.get(kind) ?? []).join('\n\n'), max);
  const personMonthsText = text('personMonths', LIMITS.shortText);
  return {
    collaboration: text('collaboration', LIMITS.shortText),
    dependenciesText: text('dependenciesText', LIMITS.longText),
    problemStatement: text('problemStatement', LIMITS.longText),
    description: text('description', LIMITS.longText),
    riskIfNotDone: text('riskIfNotDone', LIMITS.longText),
    okrs: parseOkrs(okrText.join('\n')),
    competence: text('competence', LIMITS.shortText),
    personMonthsTotal: parsePersonMonths(personMonthsText),
    personMonthsText,
  };
}
