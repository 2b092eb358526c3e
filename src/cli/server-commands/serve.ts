import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../server/config';
import { startServer } from '../../server/start-server';
import {
  describeStore,
  migrateStore,
  openStore,
  packageRoot,
  pendingMigrationNames,
} from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';
import { SetupError } from '../exit-codes';
import type { Database } from '../../services/store-lifecycle';

/** `rodtrad serve`: migrations, optionally the demo portfolio, then the API and the web app. */
export function buildServeCommand(io: CliIo): Command {
  return new Command('serve')
    .description(
      'start the server (API and web app); configured by PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL',
    )
    .option('--demo', 'load the demo portfolio unless the organisation "demo" exists', false)
    .action(async (options: { demo: boolean }) => {
      const config = loadConfig();
      const location = { databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR };
      const database = await openStore(location);
      await prepareSchema(database, io);
      if (options.demo) {
        // Loaded only when asked: the demo data is not needed on an ordinary start.
        const { loadDemoPortfolio } = await import('../../demo/load-demo-portfolio');
        const demo = await loadDemoPortfolio(database);
        if (demo.created) io.out('Loaded the demo portfolio (organisation "demo").\n');
      }
      const server = await startServer(config, database, join(packageRoot(), 'dist/web'));
      io.out(`\nRødtråd is running at ${server.url}  (${describeStore(location)})\n`);
      const stop = () => {
        void server.app.close().then(() => database.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

/**
 * The embedded database is migrated at start. PostgreSQL, which several servers may share, is
 * migrated once by `rodtrad migrate`; a server refuses to start on a schema it does not match.
 */
async function prepareSchema(database: Database, io: CliIo): Promise<void> {
  if (database.kind === 'pglite') {
    const applied = await migrateStore(database);
    if (applied.length > 0) io.out(`Applied migrations: ${applied.join(', ')}\n`);
    return;
  }
  const pending = await pendingMigrationNames(database);
  if (pending.length > 0) {
    await database.close();
    throw new SetupError(
      `the database lacks migrations ${pending.join(', ')}: run \`rodtrad migrate\` with the same DATABASE_URL first`,
    );
  }
}
