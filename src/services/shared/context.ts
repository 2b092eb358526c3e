import type { Database, Db } from '../../store/database';
import type { Access } from './access';
import { translateDbError } from './translate-db-error';

/** Who acts, in which organisation, on which database: every use case takes one. */
export interface ServiceContext {
  readonly database: Database;
  readonly orgId: string;
  /** Shown in history and decisions: the signed-in user's name, or 'system'. */
  readonly actor: string;
  /** Who acts and what they may; absent when the system itself acts (demo, daily roll-up). */
  readonly access?: Access;
  /** 'YYYY-MM-DD' the roll-up judges schedules against; Oslo's today when left out (tests fix it). */
  readonly today?: string;
}

/** Runs `work` in one transaction: it all happens, or nothing does. */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: Db) => Promise<T>): Promise<T> {
  return inDatabaseTransaction(ctx.database, work);
}

/** The same, for the few use cases that act before an organisation exists. */
export async function inDatabaseTransaction<T>(database: Database, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await database.db.transaction((tx) => work(tx as unknown as Db));
  } catch (err) {
    // Integrity errors and lost races that escaped the use case become API errors, not 500s.
    return translateDbError(err);
  }
}
