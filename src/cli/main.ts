import { processIo } from './cli-io';
import { runCli } from './program';
import { buildAdminCommand } from './server-commands/admin';
import { buildDemoCommand } from './server-commands/demo';
import { buildMigrateCommand } from './server-commands/migrate';
import { buildServeCommand } from './server-commands/serve';

/** The `rodtrad` executable: the HTTP commands plus the ones that run next to the database. */
const args = process.argv.slice(2);
const code = await runCli(args, {
  extraCommands: [
    buildServeCommand(processIo),
    buildMigrateCommand(processIo),
    buildDemoCommand(processIo),
    buildAdminCommand(processIo),
  ],
});
// `serve` keeps running until a signal; every other command ends here, without waiting for idle sockets.
const serving = code === 0 && args.includes('serve');
if (!serving) process.exit(code);
