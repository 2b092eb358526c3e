import { Command } from 'commander';
import { migrateStore } from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';
import { withConfiguredStore } from './configured-store';

/** `rodtrad migrate`: applies pending migrations to the configured database and exits. */
export function buildMigrateCommand(io: CliIo): Command {
  return new Command('migrate')
    .description(
      'apply pending database migrations (DATA_DIR or DATABASE_URL); run with the server stopped when on PGlite',
    )
    .action(() =>
      withConfiguredStore(async ({ database, described }) => {
        const applied = await migrateStore(database);
        io.out(
          applied.length > 0
            ? `Applied ${applied.length} migration(s) to ${described}: ${applied.join(', ')}\n`
            : `${described} is up to date.\n`,
        );
      }),
    );
}
