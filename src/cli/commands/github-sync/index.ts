import { Command } from 'commander';
import { CliContext, type CliDeps } from '../../cli-context';
import { UsageError } from '../../exit-codes';
import { connectCommand } from './connect';
import { formatSyncStatus } from './format-sync-status';
import { RUN_EXIT_HELP, runAndFollow } from './run-and-follow';

function githubCommand(deps: CliDeps): Command {
  return new Command('github')
    .description("the organisation's connection to GitHub")
    .addCommand(connectCommand(deps));
}

function importCommand(deps: CliDeps): Command {
  const github = new Command('github')
    .description("import the portfolio, the roadmap and the teams' backlogs from GitHub, afresh")
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', RUN_EXIT_HELP)
    .action(async (_opts: unknown, command: Command) => {
      await runAndFollow(CliContext.of(command, deps), 'import');
    });
  return new Command('import').description('import data from elsewhere').addCommand(github);
}

function syncCommand(deps: CliDeps): Command {
  return new Command('sync')
    .description('bring in what changed on GitHub since the last run, or show the sync with --status')
    .option('--full', 'read every issue again, to also find those deleted on GitHub (costs more)')
    .option('--status', 'show the connection, the sources, the last runs and the webhook queue')
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', RUN_EXIT_HELP)
    .action(async (opts: { full?: boolean; status?: boolean }, command: Command) => {
      const ctx = CliContext.of(command, deps);
      if (!opts.status) return void (await runAndFollow(ctx, opts.full ? 'full-reconcile' : 'reconcile'));
      if (opts.full) throw new UsageError('--status and --full do not go together');
      const status = await ctx.client.github.status();
      if (ctx.json) ctx.printJson(status);
      else ctx.line(formatSyncStatus(status));
    });
}

/** The GitHub sync: `rodtrad github connect`, `rodtrad import github` and `rodtrad sync`. */
export function buildGithubSyncCommands(deps: CliDeps): Command[] {
  return [githubCommand(deps), importCommand(deps), syncCommand(deps)];
}
