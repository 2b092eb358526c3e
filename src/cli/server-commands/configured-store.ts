import { loadConfig, type Config } from '../../server/config';
import {
  describeStore,
  migrateStore,
  openStore,
  pendingMigrationNames,
  type Database,
} from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';
import { SetupError } from '../exit-codes';

export interface ConfiguredStore {
  config: Config;
  database: Database;
  /** "PGlite in /path" or "PostgreSQL host/db", for messages. */
  described: string;
}

/** Opens the database the environment names (DATA_DIR or DATABASE_URL). */
export async function openConfiguredStore(env: NodeJS.ProcessEnv = process.env): Promise<ConfiguredStore> {
  const config = loadConfig(env);
  const location = { databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR };
  return { config, database: await openStore(location), described: describeStore(location) };
}

/** Runs `work` on the configured database and closes it afterwards, also when `work` fails. */
export async function withConfiguredStore<T>(
  work: (store: ConfiguredStore) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const store = await openConfiguredStore(env);
  try {
    return await work(store);
  } finally {
    await store.database.close();
  }
}

/**
 * The embedded database is migrated on use. PostgreSQL, which several servers may share, is
 * migrated once by `rodtrad migrate`; other commands refuse a schema that lacks migrations.
 */
export async function prepareSchema(database: Database, io: CliIo): Promise<void> {
  if (database.kind === 'pglite') {
    const applied = await migrateStore(database);
    if (applied.length > 0) io.out(`Applied migrations: ${applied.join(', ')}\n`);
    return;
  }
  const pending = await pendingMigrationNames(database);
  if (pending.length > 0) {
    throw new SetupError(
      `the database lacks migrations ${pending.join(', ')}: run \`rodtrad migrate\` with the same DATABASE_URL first`,
    );
  }
}
