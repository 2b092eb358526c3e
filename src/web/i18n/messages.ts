import type { Locale } from '../../contracts/workflow';
import { en } from './en';
import { nb } from './nb';
import type { nbAccounts } from './nb-accounts';
import type { nbBoard } from './nb-board';
import type { nbGithubSync } from './nb-github-sync';
import type { nbThread } from './nb-thread';
import { nn } from './nn';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape of every language's messages: bokmål's keys, any text. */
export type Messages = Widen<typeof nb>;

/** The red thread's part of the messages, kept in files of their own (nb-thread.ts and its siblings). */
export type ThreadMessages = Widen<typeof nbThread>;

/** Accounts' part of the messages (nb-accounts.ts and its siblings). */
export type AccountsMessages = Widen<typeof nbAccounts>;

/** The portfolio page's tools (nb-board.ts and its siblings). */
export type BoardMessages = Widen<typeof nbBoard>;

/** The GitHub sync page (nb-github-sync.ts and its siblings). */
export type GithubSyncMessages = Widen<typeof nbGithubSync>;

export const MESSAGES: Record<Locale, Messages> = { nb, nn, en };
