import { useTranslation } from 'react-i18next';
import type { Locale, LocalisedText } from '../../contracts/workflow';
import { currentLocale } from './i18n';
import { INTL_LOCALES } from './languages';

export interface Formatters {
  locale: Locale;
  /** A calendar date (YYYY-MM-DD) or a timestamp, as a date: "14. mars 2026". */
  date(value: string): string;
  /** A timestamp with its time of day. */
  dateTime(value: string): string;
  number(value: number): string;
  /** A share 0–1 as a whole percentage: "42 %". */
  percent(value: number): string;
  nok(value: number): string;
  /** "a, b og c" */
  list(values: string[]): string;
  /** The text of a label given in every language. */
  localised(text: LocalisedText): string;
}

/** A calendar date is a day, not an instant: format it in UTC so no time zone moves it. */
const asDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);

export function formatters(locale: Locale): Formatters {
  const intl = INTL_LOCALES[locale];
  const dateFormat = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric' });
  const dayFormat = new Intl.DateTimeFormat(intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateTimeFormat = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 0 });
  const listFormat = new Intl.ListFormat(intl, { type: 'conjunction' });
  const nokFormat = new Intl.NumberFormat(intl, {
    style: 'currency',
    currency: 'NOK',
    maximumFractionDigits: 0,
  });
  return {
    locale,
    date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? dayFormat : dateFormat).format(asDate(value)),
    dateTime: (value) => dateTimeFormat.format(new Date(value)),
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value),
    nok: (value) => nokFormat.format(value),
    list: (values) => listFormat.format(values),
    localised: (text) => text[locale],
  };
}

/**
 * One set of formatters per language for the whole app: making Intl formatters is slow, and a board
 * mounts hundreds of components that format.
 */
const shared = new Map<Locale, Formatters>();

function sharedFormatters(locale: Locale): Formatters {
  let found = shared.get(locale);
  if (!found) {
    found = formatters(locale);
    shared.set(locale, found);
  }
  return found;
}

/** Formatters for the language the user has chosen. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return sharedFormatters(currentLocale(i18n.language));
}
