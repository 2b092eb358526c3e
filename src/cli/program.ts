import { Command, Option } from 'commander';
import type { FetchLike } from '../client';
import type { Env } from './auth/credentials';
import { readSecretFromStdin, type ReadSecret } from './auth/read-secret';
import type { CliDeps } from './cli-context';
import { processIo, type CliIo } from './cli-io';
import { buildAuthCommands } from './commands/auth';
import { buildGithubSyncCommands } from './commands/github-sync';
import { buildInitiativeCommand } from './commands/initiative';
import { buildMemberCommand } from './commands/member';
import { buildOrgCommand } from './commands/org';
import { buildStrategyCommand } from './commands/strategy';
import { buildThreadCommands } from './commands/thread';
import { buildTokenCommand } from './commands/token';
import { buildUserCommand } from './commands/user';
import { EXIT_CODES_HELP, exitCodeOf, type ExitCode } from './exit-codes';
import { reportError } from './report-error';

export interface ProgramOptions {
  io?: CliIo;
  /** Commands that run in-process (serve, migrate, demo), added by main.ts. */
  extraCommands?: Command[];
  /** For tests; the global fetch otherwise. */
  fetch?: FetchLike;
  /** RODTRAD_TOKEN and the config directory's variables; process.env otherwise. */
  env?: Env;
  /** How `rodtrad login` reads a token it was not given; standard input otherwise. */
  readSecret?: ReadSecret;
}

export const DEFAULT_SERVER = 'http://127.0.0.1:3000';
export const DEFAULT_ORG = 'demo';

/** Output and error handling reach every command, also those added from outside. */
function configureTree(command: Command, io: CliIo): void {
  command
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(text),
    })
    .exitOverride()
    .showHelpAfterError('(see --help)');
  for (const sub of command.commands) configureTree(sub, io);
}

/**
 * The `rodtrad` program. It never calls process.exit: commander's own errors are thrown as
 * CommanderError; use runCli for the exit code of a whole run.
 */
export function buildProgram(options: ProgramOptions = {}): Command {
  return createProgram(options).program;
}

function createProgram(options: ProgramOptions): { program: Command; deps: CliDeps } {
  const io = options.io ?? processIo;
  const deps: CliDeps = {
    io,
    fetch: options.fetch,
    env: options.env ?? process.env,
    readSecret: options.readSecret ?? readSecretFromStdin,
  };
  const program = new Command('rodtrad')
    .description('Rødtråd: portfolio management from the command line, over the HTTP API')
    .addOption(new Option('--server <url>', 'the Rødtråd server').env('RODTRAD_URL').default(DEFAULT_SERVER))
    .addOption(new Option('--org <slug>', 'the organisation').env('RODTRAD_ORG').default(DEFAULT_ORG))
    .option(
      '--token <token>',
      'API token (wins over RODTRAD_TOKEN and `rodtrad login`; those keep it out of shell history)',
    )
    .option('--json', 'print JSON for scripts instead of tables', false)
    .addHelpText('afterAll', EXIT_CODES_HELP);
  for (const command of buildAuthCommands(deps)) program.addCommand(command);
  program.addCommand(buildInitiativeCommand(deps));
  program.addCommand(buildOrgCommand(deps));
  program.addCommand(buildStrategyCommand(deps));
  for (const command of buildThreadCommands(deps)) program.addCommand(command);
  program.addCommand(buildTokenCommand(deps));
  program.addCommand(buildUserCommand(deps));
  program.addCommand(buildMemberCommand(deps));
  for (const command of buildGithubSyncCommands(deps)) program.addCommand(command);
  for (const extra of options.extraCommands ?? []) program.addCommand(extra);
  configureTree(program, io);
  return { program, deps };
}

/** Runs one command line (without "node" and the script) and answers its exit code. */
export async function runCli(args: string[], options: ProgramOptions = {}): Promise<ExitCode> {
  const io = options.io ?? processIo;
  const { program, deps } = createProgram({ ...options, io });
  try {
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (err) {
    reportError(io, err, program.opts<{ json?: boolean }>().json === true, deps.auth);
    return exitCodeOf(err);
  }
}
