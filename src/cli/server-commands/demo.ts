import { Command } from 'commander';
import { loadDemoPortfolio } from '../../demo/load-demo-portfolio';
import type { CliIo } from '../cli-io';
import { prepareSchema, withConfiguredStore } from './configured-store';

/** `rodtrad demo`: loads the demo portfolio into the configured database. */
export function buildDemoCommand(io: CliIo): Command {
  return new Command('demo')
    .description(
      'load the demo portfolio (organisation "demo") into DATA_DIR or DATABASE_URL; on PGlite stop the server first',
    )
    .action(() =>
      withConfiguredStore(async ({ database, described }) => {
        await prepareSchema(database, io);
        const result = await loadDemoPortfolio(database);
        io.out(
          result.created
            ? `Loaded the demo portfolio into ${described}.\n`
            : `The demo organisation already exists in ${described}; nothing loaded.\n`,
        );
      }),
    );
}
