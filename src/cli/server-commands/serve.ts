import { join } from 'node:path';
import { Command } from 'commander';
import { startServer } from '../../server/start-server';
import { packageRoot } from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';
import { openConfiguredStore, prepareSchema } from './configured-store';

/** `rodtrad serve`: migrations, optionally the demo portfolio, then the API and the web app. */
export function buildServeCommand(io: CliIo): Command {
  return new Command('serve')
    .description(
      'start the server (API and web app); configured by PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL',
    )
    .option('--demo', 'load the demo portfolio unless the organisation "demo" exists', false)
    .action(async (options: { demo: boolean }) => {
      const { config, database, described } = await openConfiguredStore();
      try {
        await prepareSchema(database, io);
      } catch (err) {
        await database.close();
        throw err;
      }
      if (options.demo) {
        // Loaded only when asked: the demo data is not needed on an ordinary start.
        const { loadDemoPortfolio } = await import('../../demo/load-demo-portfolio');
        const demo = await loadDemoPortfolio(database);
        if (demo.created) io.out('Loaded the demo portfolio (organisation "demo").\n');
      }
      const server = await startServer(config, database, join(packageRoot(), 'dist/web'));
      io.out(`\nRødtråd is running at ${server.url}  (${described})\n`);
      const stop = () => {
        void server.app.close().then(() => database.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
