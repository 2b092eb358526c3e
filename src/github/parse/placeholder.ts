import { withoutHtmlComments } from './html-comments';

/**
 * Values that say "nothing yet": the rows the roadmap form pre-fills ("Draft epos", "Draft
 * avhengighet"), TBA with its typos (TBA., T.B.A, TBAA, tba), TBD, TBC, TODO, NA, N/A, "Ingen", a
 * lone "-", "." or "…", and what GitHub forms write into an empty field. Compared after the list
 * marker, checkbox and emphasis are stripped.
 */
const EMPTY_VALUES: readonly RegExp[] = [
  /^(?:t\.?\s?b\.?\s?a+|t\.?\s?b\.?\s?[dc]|tdb)\.?$/,
  // "TODO: skriv mer", "TBD – avhenger av budsjett"; not "Todo-liste for saksbehandlere".
  /^(?:todo|fixme|tba|tbd)\s*(?:[:–—-]\s.*|[.!])?$/,
  /^(?:n\/a|n\.a\.?|na|ikke aktuelt|ikkje aktuelt|ikke relevant|ikkje relevant|ingen|none|nil)\.?$/,
  /^[-–—.…?_*\s]*$/,
  /^_?no response_?$/,
  /^(?:kommer|kjem|coming)(?: snart| soon)?\.?$/,
];

/**
 * "Draft …": the form's pre-filled rows and draft items of the retired tasklists. Up to three words
 * after "Draft", so an English sentence that begins with "Draft" is still prose.
 */
const DRAFT = /^draft(?:\s+\S+){0,3}$/;

/**
 * Template help text left in place: lines that tell the writer what to write. Only these openings,
 * which real content does not use; "Beskrive API-et" stays content ("beskriv" must end the word).
 */
const HELP_LINE =
  /^(?:_?beskriv(?![\p{L}])|_?skildr(?:e|a)?(?![\p{L}])|skriv (?:her|inn|kort)|fyll (?:inn|ut) her|_?describe(?![\p{L}])|write (?:here|a short))/iu;

/** `<Skriv her>`, `[Beskrivelse]`: a bracketed instruction, not an autolink. */
const BRACKETED = /^(?:<[^<>:/]*>|\[[^\]]*\])$/;

const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+/;
const CHECKBOX = /^\[[ xX]?\]\s*/;
const QUOTE = /^>\s*/;

/** The value of a line without its Markdown dressing: quote, list marker, checkbox, emphasis. */
function bareValue(line: string): string {
  let value = line.trim().replace(QUOTE, '').replace(LIST_MARKER, '').replace(CHECKBOX, '');
  value = value.replace(/^(?:\*\*|__|\*|_|`)+|(?:\*\*|__|\*|_|`)+$/g, '');
  return value
    .trim()
    .replace(/[:;!?]+$/, '')
    .trim();
}

/** True for a line of template help text that nobody replaced. */
export function isHelpLine(line: string): boolean {
  return HELP_LINE.test(line.trim().replace(LIST_MARKER, ''));
}

function isPlaceholderLine(line: string): boolean {
  if (isHelpLine(line)) return true;
  const value = bareValue(line).toLowerCase();
  if (value === '-' || value === '' || BRACKETED.test(value)) return true;
  return DRAFT.test(value) || EMPTY_VALUES.some((pattern) => pattern.test(value));
}

/**
 * True when a text holds no real content: empty, only comments, or only placeholder lines (see
 * above). One line of real prose makes the whole text real.
 */
export function isPlaceholder(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  return withoutHtmlComments(text)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .every(isPlaceholderLine);
}
