import { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { describeStore, migrateStore, openStore } from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';

/** `rodtrad migrate`: applies pending migrations to the configured database and exits. */
export function buildMigrateCommand(io: CliIo): Command {
  return new Command('migrate')
    .description(
      'apply pending database migrations (DATA_DIR or DATABASE_URL); run with the server stopped when on PGlite',
    )
    .action(async () => {
      const config = loadConfig();
      const location = { databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR };
      const database = await openStore(location);
      try {
        const applied = await migrateStore(database);
        io.out(
          applied.length > 0
            ? `Applied ${applied.length} migration(s) to ${describeStore(location)}: ${applied.join(', ')}\n`
            : `${describeStore(location)} is up to date.\n`,
        );
      } finally {
        await database.close();
      }
    });
}
