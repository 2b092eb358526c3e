import { Command } from 'commander';
import { loadDemoPortfolio } from '../../demo/load-demo-portfolio';
import { loadConfig } from '../../server/config';
import { describeStore, migrateStore, openStore } from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';

/** `rodtrad demo`: loads the demo portfolio into the configured database. */
export function buildDemoCommand(io: CliIo): Command {
  return new Command('demo')
    .description(
      'load the demo portfolio (organisation "demo") into DATA_DIR or DATABASE_URL; on PGlite stop the server first',
    )
    .action(async () => {
      const config = loadConfig();
      const location = { databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR };
      const database = await openStore(location);
      try {
        await migrateStore(database);
        const result = await loadDemoPortfolio(database);
        io.out(
          result.created
            ? `Loaded the demo portfolio into ${describeStore(location)}.\n`
            : `The demo organisation already exists in ${describeStore(location)}; nothing loaded.\n`,
        );
      } finally {
        await database.close();
      }
    });
}
