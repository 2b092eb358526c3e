import { join } from 'node:path';
import { Command } from 'commander';
import { startServer } from '../../server/start-server';
import { startUpSignIn } from '../../server/start-up-sign-in';
import { packageRoot } from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';
import { openConfiguredStore, prepareSchema } from './configured-store';

/** `rodtrad serve`: migrations, optionally the demo portfolio, then the API and the web app. */
export function buildServeCommand(io: CliIo): Command {
  return new Command('serve')
    .description(
      'start the server (API and web app); configured by PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, ' +
        'PUBLIC_URL, OIDC_* and GITHUB_* (sign-in; without them it prints a one-time sign-in link), ' +
        'COOKIE_SECURE, RATE_LIMIT_*',
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
      // A new link on every start: the person at the laptop can always get in.
      io.out(await startUpSignIn(database, server.auth, server.url));
      const stop = () => {
        void server.app.close().then(() => database.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
