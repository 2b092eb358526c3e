/**
 * Person-months written as free text under *Behov totalt, sum månedsverk*: "ca. 18 månedsverk",
 * "12-18", "2,5 årsverk", "6 mnd", "3 personer i 6 måneder", "Totalt: 14". A number without a unit
 * is months, as the heading asks for. Null when no amount is found ("ukjent").
 */

const NUM = '(\\d+(?:[.,]\\d+)?)';
const UNIT =
  '(månedsverk|månadsverk|person-?måneder|måneder|månader|måned|månad|mnd|md|mv|pm|årsverk|år|fte|ukesverk|vekeverk|uker|veker|uke|veke)?';
const PEOPLE = '(?:personer|person|pers\\.?|stk\\.?|utviklere|ressurser|folk|people|fte)';
/** "3 personer i 6 måneder": people times a duration. */
const PEOPLE_FOR = new RegExp(`${NUM}\\s*${PEOPLE}\\s+(?:i|over|in|for)\\s+${NUM}\\s*${UNIT}`, 'iu');
/** "3 x 6 mnd". */
const PRODUCT = new RegExp(`${NUM}\\s*[x×*]\\s*${NUM}\\s*${UNIT}`, 'iu');
/** "18", "12-18 mnd", "12 til 18": a range counts as its upper bound, the need to plan for. */
const AMOUNT = new RegExp(`${NUM}(?:\\s*(?:-|–|—|til|to)\\s*${NUM})?\\s*${UNIT}`, 'iu');

/** Years ("2026: 6 mnd") and quarters ("Q3") are no amounts. */
const NOT_AMOUNTS = /(?<!\d)(?:19|20)\d{2}(?!\d)|\b[qk][1-4]\b/giu;
const TOTAL_LINE = /\b(?:totalt?|sum|samlet|i alt|in total)\b/iu;
/** "Utvikler: 6", "- 2026: 6 mnd": one line of a breakdown per role or year. */
const BREAKDOWN_LINE = /^\s*(?:[-*+]\s+)?(?:[^:\d\n]{1,60}|(?:19|20)\d{2}):\s*\S/u;
const MAX = 100_000;

const number = (text: string | undefined): number => Number((text ?? '0').replace(',', '.'));

/** Months per unit: years are 12, weeks 12/52, months (and no unit) 1. */
function monthsPer(unit: string | undefined): number {
  const lower = (unit ?? '').toLowerCase();
  if (/^(?:årsverk|år|fte)$/u.test(lower)) return 12;
  if (/^(?:ukesverk|vekeverk|uker|veker|uke|veke)$/u.test(lower)) return 12 / 52;
  return 1;
}

/** The amount in one line, in months, or null. */
function monthsInLine(line: string): number | null {
  const text = line.replace(NOT_AMOUNTS, ' ');
  const people = PEOPLE_FOR.exec(text);
  if (people) return number(people[1]) * number(people[2]) * monthsPer(people[3]);
  const product = PRODUCT.exec(text);
  if (product) return number(product[1]) * number(product[2]) * monthsPer(product[3]);
  const amount = AMOUNT.exec(text);
  if (amount) return number(amount[2] ?? amount[1]) * monthsPer(amount[3]);
  return null;
}

/**
 * The total: a line saying "Totalt"/"Sum" wins; a breakdown of two or more "Rolle: n" lines is
 * summed; otherwise the first amount in the text.
 */
export function parsePersonMonths(text: string | null): number | null {
  if (text === null) return null;
  const lines = text.split(/\r?\n/).filter((line) => monthsInLine(line) !== null);
  const total = lines.find((line) => TOTAL_LINE.test(line));
  const breakdown = lines.length >= 2 && lines.every((line) => BREAKDOWN_LINE.test(line));
  const months =
    total !== undefined
      ? monthsInLine(total)
      : breakdown
        ? lines.reduce((sum, line) => sum + (monthsInLine(line) ?? 0), 0)
        : lines[0] === undefined
          ? null
          : monthsInLine(lines[0]);
  if (months === null || !Number.isFinite(months) || months > MAX) return null;
  return Math.round(months * 100) / 100;
}
