import type { ElementStatus } from '../../contracts/roadmap';

/** Words people put before an estimate: "ca. 4", "~4", "omtrent 4". */
const APPROX = /^(?:ca\.?|cirka|circa|omtrent|om lag|anslagsvis|about|approx\.?|~|≈)\s*/i;
const NUMBER_THEN_UNIT = /^([+-]?)(\d[\d\s\u00a0\u202f.,]*?)\s*([\p{L}%.]*)$/u;
const PLAIN = /^\d+(?:[.,]\d+)?$/;
/** "1 234,5" (Norwegian), "1.234.567,5" and "1,234.5": grouped thousands, the other mark decimal. */
const SPACE_GROUPS = /^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function numberOf(digits: string): number | null {
  if (PLAIN.test(digits)) return Number(digits.replace(',', '.'));
  if (SPACE_GROUPS.test(digits)) return Number(digits.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (DOT_GROUPS.test(digits)) return Number(digits.replace(/\./g, '').replace(',', '.'));
  if (COMMA_GROUPS.test(digits)) return Number(digits.replace(/,/g, ''));
  return null;
}

/**
 * A number as people type it: "2,5", "2.5", " 3 ", "1 234,5", "ca 4", "4 uker". One dot or comma
 * is a decimal mark ("1.234" is 1.234). A range ("12-18") or anything else is null, not a guess.
 */
export function parseDecimal(text: string | number | null): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  if (text === null) return null;
  const match = NUMBER_THEN_UNIT.exec(text.trim().replace(APPROX, ''));
  if (!match) return null;
  const value = numberOf(match[2] ?? '');
  return value === null ? null : match[1] === '-' ? -value : value;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/;
/** 13.05, 13.05., 13.05.2026, 31.08.26, 15/10, 15/10/2026, 13-05-2026. Day first, as in Norway. */
const DAY_MONTH = /^(\d{1,2})\s*([./-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?\.?$/;
const DAY_MONTH_NAME = /^(\d{1,2})\.?\s*([\p{L}]{3,})\.?,?\s*(\d{4}|\d{2})?$/u;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'ma[iy]', 'jun', 'jul', 'aug', 'sep', 'o[ck]t', 'nov', 'de[sc]'];
const REFERENCE = /^(\d{4})-\d{2}-\d{2}$/;

function monthOfName(name: string): number | null {
  const index = MONTHS.findIndex((stem) => new RegExp(`^${stem}`, 'i').test(name));
  return index === -1 ? null : index + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31.02 over into March: a date that does not come back unchanged does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fullYear = (written: string | undefined, referenceYear: number): number =>
  written === undefined ? referenceYear : written.length === 2 ? 2000 + Number(written) : Number(written);

/**
 * A date as written in bodies and text fields: "2026-05-13", "13.05.2026", "31.08.26", "13.05" and
 * "15/10" (day first; without a year, the year of `referenceDate`), "13. mai 2026". Null for text
 * that is no date and for dates that do not exist (30.02). `referenceDate` must be YYYY-MM-DD.
 */
export function parseLooseDate(text: string | null, referenceDate: string): string | null {
  const reference = REFERENCE.exec(referenceDate);
  if (!reference) throw new Error(`parseLooseDate: referenceDate must be YYYY-MM-DD, got "${referenceDate}"`);
  const referenceYear = Number(reference[1]);
  const value = (text ?? '').trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = DAY_MONTH.exec(value);
  if (numeric) return isoDate(fullYear(numeric[4], referenceYear), Number(numeric[3]), Number(numeric[1]));
  const named = DAY_MONTH_NAME.exec(value);
  const month = named ? monthOfName(named[2] ?? '') : null;
  if (named && month !== null) return isoDate(fullYear(named[3], referenceYear), month, Number(named[1]));
  return null;
}

/** The roadmap board's Status options, as the board names them. */
const STATUS_NAMES: Readonly<Record<ElementStatus, string>> = {
  'under-consideration': 'Til vurdering',
  backlog: 'Backlog',
  'in-progress': 'Under arbeid',
  delivered: 'Levert',
};

/** Other names seen on boards: GitHub's default Todo / In Progress / Done and plain synonyms. */
const STATUS_SYNONYMS: Readonly<Record<string, ElementStatus>> = {
  'under vurdering': 'under-consideration',
  'under consideration': 'under-consideration',
  todo: 'backlog',
  'i arbeid': 'in-progress',
  pågår: 'in-progress',
  'in progress': 'in-progress',
  ferdig: 'delivered',
  done: 'delivered',
  delivered: 'delivered',
};

/** Letters, digits and single spaces in lower case: "🚧 Under  arbeid" → "under arbeid". */
const statusKey = (name: string): string =>
  name
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const STATUS_BY_KEY: ReadonlyMap<string, ElementStatus> = new Map([
  ...(Object.entries(STATUS_NAMES) as Array<[ElementStatus, string]>).map(
    ([status, name]): [string, ElementStatus] => [statusKey(name), status],
  ),
  ...Object.entries(STATUS_SYNONYMS),
]);

/** The element status a Status option names, ignoring case, spaces and emoji; null when unknown. */
export function roadmapStatusOf(name: string | null): ElementStatus | null {
  return name === null ? null : (STATUS_BY_KEY.get(statusKey(name)) ?? null);
}

/**
 * The board's name for a status ("Levert"). A board whose option carries an emoji ("✅ Levert") is
 * matched by passing its option names through `roadmapStatusOf`, not by comparing to this.
 */
export function roadmapStatusName(status: ElementStatus): string {
  return STATUS_NAMES[status];
}

/**
 * `Progresjon (%)` as a percentage 0–100: "40", "40 %", "40,5", 40. The field is typed by hand
 * into a column headed "(%)", so every value is read as percent: 0.4 is 0.4 %, since a fraction
 * cannot be told from a small percentage. Out of range or not a number: null.
 */
export function progressOf(value: string | number | null): number | null {
  const number =
    typeof value === 'string' ? parseDecimal(value.replace('%', ' ').trim()) : parseDecimal(value);
  return number === null || number < 0 || number > 100 ? null : number;
}
