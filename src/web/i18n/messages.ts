import type { Locale } from '../../contracts/workflow';
import { en } from './en';
import { nb } from './nb';
import type { nbAccounts } from './nb-accounts';
import type { nbThread } from './nb-thread';
import { nn } from './nn';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape of every language's messages: bokmål's keys, any text. */
export type Messages = Widen<typeof nb>;

/** The red thread's part of the messages, kept in files of their own (nb-thread.ts and its siblings). */
export type ThreadMessages = Widen<typeof nbThread>;

/** Accounts' part of the messages (nb-accounts.ts and its siblings). */
export type AccountsMessages = Widen<typeof nbAccounts>;

export const MESSAGES: Record<Locale, Messages> = { nb, nn, en };

/** Each language as it names itself: shown in the language switch whatever the current language is. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The locale Intl formats dates and numbers with. */
export const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
