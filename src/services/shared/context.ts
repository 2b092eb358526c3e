import type { Database, Db } from '../../store/database';

/** Who acts, in which organisation, on which database: every use case takes one. */
export interface ServiceContext {
  readonly database: Database;
  readonly orgId: string;
  /** Shown in history and decisions; a person's name or account once sign-in exists. */
  readonly actor: string;
}

/** Runs `work` in one transaction: it all happens, or nothing does. */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: Db) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction((tx) => work(tx as unknown as Db));
}
