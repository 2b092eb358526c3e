import type { Locale } from '../../contracts/workflow';
import type { Messages } from './messages';

/** Each language as it names itself: shown in the language switch whatever the current language is. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The locale Intl formats dates and numbers with. */
export const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * One language's messages, loaded when first needed: the first page ships only the language it is
 * shown in (the budget for the first page's JavaScript).
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'nb':
      return (await import('./nb')).nb;
    case 'nn':
      return (await import('./nn')).nn;
    case 'en':
      return (await import('./en')).en;
  }
}
