import type { InitiativeStatus } from '../../contracts/initiatives';
import { LIMITS } from '../../contracts/limits';
import type { Locale, LocalisedText } from '../../contracts/workflow';
import type { Placeholder } from '../../domain/checks/find-placeholders';

/**
 * The details of the checks' findings, worded in bokmål, nynorsk and English from the facts the queries
 * return. One function per check; the helpers below keep numbers, dates and counts in each language's
 * own form (decimal comma and "59 %" in Norwegian).
 */

/** A detail is a label: it may not outgrow LocalisedTextSchema, however many items it names. */
const clip = (text: string): string =>
  text.length <= LIMITS.shortText ? text : `${text.slice(0, LIMITS.shortText - 1)}…`;

/** A detail in every language, from a function that words it in one. */
function worded(word: (locale: Locale) => string): LocalisedText {
  return { nb: clip(word('nb')), nn: clip(word('nn')), en: clip(word('en')) };
}

/** To one decimal, without a trailing ",0": "7,5" and "5" in Norwegian, "7.5" in English. */
export function decimal(value: number, locale: Locale): string {
  const text = String(Math.round(value * 10) / 10);
  return locale === 'en' ? text : text.replace('.', ',');
}

/** A whole percentage with a space before the sign, the way the portfolio office types it: "80 %". */
const percent = (value: number): string => `${Math.round(value)} %`;

/** A calendar date ('YYYY-MM-DD'): "30.10.2026" in Norwegian, as stored in English. */
function calendarDate(value: string, locale: Locale): string {
  if (locale === 'en') return value;
  const [year, month, day] = value.split('-');
  return `${day}.${month}.${year}`;
}

const DAYS: Record<Locale, readonly [one: string, other: string]> = {
  nb: ['dag', 'dager'],
  nn: ['dag', 'dagar'],
  en: ['day', 'days'],
};
const days = (count: number, locale: Locale): string => `${count} ${DAYS[locale][count === 1 ? 0 : 1]}`;

/** goal-without-initiative: the source the goal comes from. "fra Tildelingsbrev 2026" */
export function goalSourceDetail(sourceTitle: string): LocalisedText {
  return worded((locale) => `${{ nb: 'fra', nn: 'frå', en: 'from' }[locale]} ${sourceTitle}`);
}

/** The statuses an initiative is inactive in. */
export type InactiveStatus = Exclude<InitiativeStatus, 'active'>;
const STATUS_WORDS: Record<InactiveStatus, Record<Locale, string>> = {
  parked: { nb: 'parkert', nn: 'parkert', en: 'parked' },
  stopped: { nb: 'stoppet', nn: 'stoppa', en: 'stopped' },
};

/** dependency-on-inactive: every inactive dependency with its status. "avhenger av Sak 10-2026 (parkert)" */
export function dependencyDetail(
  dependencies: ReadonlyArray<{ key: string; status: InactiveStatus }>,
): LocalisedText {
  return worded((locale) => {
    const lead = { nb: 'avhenger av', nn: 'avheng av', en: 'depends on' }[locale];
    const named = dependencies.map((d) => `${d.key} (${STATUS_WORDS[d.status][locale]})`);
    return `${lead} ${named.join(', ')}`;
  });
}

/** Which date has passed: a roadmap element's end or an epic's due date. */
export type OverdueDate = 'end' | 'due';
const DATE_WORDS: Record<OverdueDate, Record<Locale, string>> = {
  end: { nb: 'sluttdato', nn: 'sluttdato', en: 'end' },
  due: { nb: 'frist', nn: 'frist', en: 'due' },
};

/** overdue-end: the date that passed and how long ago. "sluttdato 30.10.2026, 29 dager forsinket" */
export function overdueDetail(date: OverdueDate, on: string, daysOverdue: number): LocalisedText {
  return worded((locale) => {
    const late = { nb: 'forsinket', nn: 'forseinka', en: 'overdue' }[locale];
    return `${DATE_WORDS[date][locale]} ${calendarDate(on, locale)}, ${days(daysOverdue, locale)} ${late}`;
  });
}

/** progress-disagrees: the typed and the computed percentages (0–100). "satt 90 %, beregnet 59 %" */
export function progressDetail(typed: number, computed: number): LocalisedText {
  return worded((locale) => {
    const [set, counted] = { nb: ['satt', 'beregnet'], nn: ['sett', 'berekna'], en: ['typed', 'computed'] }[
      locale
    ];
    return `${set} ${percent(typed)}, ${counted} ${percent(computed)}`;
  });
}

/** team-over-capacity: person-months per quarter asked and available. "behov 7,5 månedsverk per kvartal, kapasitet 5" */
export function capacityDetail(demandPerQuarter: number, capacity: number): LocalisedText {
  return worded((locale) => {
    const [demand, months, perQuarter, available] = {
      nb: ['behov', 'månedsverk', 'per kvartal', 'kapasitet'],
      nn: ['behov', 'månadsverk', 'per kvartal', 'kapasitet'],
      en: ['demand', 'person-months', 'per quarter', 'capacity'],
    }[locale];
    return `${demand} ${decimal(demandPerQuarter, locale)} ${months} ${perQuarter}, ${available} ${decimal(capacity, locale)}`;
  });
}

/** The element fields a template fills, in the order the detail names them. */
export const PLACEHOLDER_FIELDS = ['title', 'overview', 'expectedResult', 'howItWorks'] as const;
export type PlaceholderField = (typeof PLACEHOLDER_FIELDS)[number];
const FIELD_NAMES: Record<PlaceholderField, Record<Locale, string>> = {
  title: { nb: 'tittel', nn: 'tittel', en: 'title' },
  overview: { nb: 'overordnet beskrivelse', nn: 'overordna skildring', en: 'overview' },
  expectedResult: { nb: 'forventet resultat', nn: 'forventa resultat', en: 'expected result' },
  howItWorks: { nb: 'hvordan skal det fungere', nn: 'korleis skal det fungere', en: 'how it works' },
};

/** Placeholders are quoted as found, except the one findPlaceholders describes rather than quotes. */
const EMPTY_SECTION: Placeholder = 'empty section';
const EMPTY_SECTION_WORDS: Record<Locale, string> = {
  nb: 'tom seksjon',
  nn: 'tom bolk',
  en: 'empty section',
};
const placeholderWord = (placeholder: string, locale: Locale): string =>
  placeholder === EMPTY_SECTION ? EMPTY_SECTION_WORDS[locale] : placeholder;

/** Quotation marks: «» in Norwegian, “” in English. */
const quoted = (text: string, locale: Locale): string => (locale === 'en' ? `“${text}”` : `«${text}»`);

/**
 * element-placeholders: each field with its leftovers, then each epic with a template title.
 * "overordnet beskrivelse: TBA; hvordan skal det fungere: tom seksjon; epos «Draft epos»"
 */
export function placeholderDetail(
  fields: ReadonlyArray<{ field: PlaceholderField; placeholders: readonly string[] }>,
  epicTitles: readonly string[],
): LocalisedText {
  return worded((locale) => {
    const epic = { nb: 'epos', nn: 'epos', en: 'epic' }[locale];
    return [
      ...fields.map(
        ({ field, placeholders }) =>
          `${FIELD_NAMES[field][locale]}: ${placeholders.map((p) => placeholderWord(p, locale)).join(', ')}`,
      ),
      ...epicTitles.map((title) => `${epic} ${quoted(title, locale)}`),
    ].join('; ');
  });
}
