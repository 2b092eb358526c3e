import { resolve } from 'node:path';
import { openDatabase, type Database } from '../store/database';
import { migrate, pendingMigrations } from '../store/migrate';

export type { Database } from '../store/database';
export { packageRoot } from '../store/package-root';

export interface StoreLocation {
  /** PostgreSQL; when absent, the embedded PGlite database in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export function describeStore(location: StoreLocation): string {
  return location.databaseUrl
    ? `PostgreSQL ${new URL(location.databaseUrl).host}${new URL(location.databaseUrl).pathname}`
    : `PGlite in ${resolve(location.dataDir)}`;
}

/** Opens the configured database. */
export function openStore(location: StoreLocation): Promise<Database> {
  return location.databaseUrl
    ? openDatabase({ kind: 'postgres', url: location.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: resolve(location.dataDir) });
}

/** Applies pending migrations and answers their names. */
export function migrateStore(database: Database): Promise<string[]> {
  return migrate(database);
}

/** Names of the migrations the database still lacks (and checks the applied ones are unchanged). */
export async function pendingMigrationNames(database: Database): Promise<string[]> {
  return (await pendingMigrations(database)).map((m) => m.name);
}
