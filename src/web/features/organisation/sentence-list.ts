import type { Formatters } from '../../i18n/format';

/**
 * Names of roles as one phrase: "Innmelder og ansvarlig", not "Innmelder og Ansvarlig". Each name is
 * written capitalised in the message files, to stand alone in a heading or a table.
 */
export const sentenceList = (format: Formatters, words: string[]): string =>
  format.list(words.map((word, index) => (index === 0 ? word : word.toLocaleLowerCase(format.locale))));
