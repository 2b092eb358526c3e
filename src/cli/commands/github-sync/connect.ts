import { Command } from 'commander';
import { CliContext, type CliDeps } from '../../cli-context';
import { SetupError } from '../../exit-codes';
import { positiveInt } from '../../options/option-values';
import { repeatable, repoRef, settingsFrom, type ConnectFlags } from './connect-flags';
import { formatConnectionCheck } from './format-connection-check';

const CREDENTIALS_HELP = `
GitHub credentials are the server's configuration, never this command's: GITHUB_TOKEN, or a
GitHub App (GITHUB_APP_ID with GITHUB_APP_PRIVATE_KEY or GITHUB_APP_PRIVATE_KEY_FILE), and
GITHUB_API_URL for GitHub Enterprise Server. \`rodtrad sync --status\` shows which one is set.

The portfolio and the roadmap are saved exactly as given (a board left out is no board); the
epic labels given replace the saved ones, otherwise those are kept.

Exits 1 when a source cannot be reached with the server's credentials (the settings are saved).
`;

/** `rodtrad github connect`: saves where the organisation's GitHub data is, then checks it can be read. */
export function connectCommand(deps: CliDeps): Command {
  return new Command('connect')
    .description(
      "save the organisation's GitHub sources, then check the server's credentials reach each of them",
    )
    .requiredOption('--portfolio <owner/repo>', 'the repository of the portfolio issues', repoRef)
    .option(
      '--portfolio-project <n>',
      'the organisation-level Projects board of the portfolio, by number',
      positiveInt,
    )
    .option('--phase-field <name>', 'the board\'s single-select field holding the phase (default "Fase")')
    .requiredOption('--roadmap <owner/repo>', 'the repository of the roadmap elements', repoRef)
    .option(
      '--roadmap-project <n>',
      'the organisation-level Projects board of the roadmap, by number',
      positiveInt,
    )
    .option('--write-back', 'write computed progress and Levert back to the roadmap board')
    .option(
      '--epic-label <label>',
      'a label that marks an epic (repeat for more; default Epic, kind/epic, ☂️ epic)',
      repeatable,
    )
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', CREDENTIALS_HELP)
    .action(async (flags: ConnectFlags, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const current = await ctx.client.github.status();
      const settings = await ctx.client.github.saveSettings(settingsFrom(flags, current.settings));
      if (!ctx.json) ctx.line(`Saved the GitHub settings of ${ctx.org}. Checking the sources…\n`);
      const check = await ctx.client.github.check();
      if (ctx.json) ctx.printJson({ settings, check });
      else ctx.line(formatConnectionCheck(check));
      const unreachable = check.sources.filter((s) => !s.reachable);
      if (unreachable.length > 0) {
        throw new SetupError(
          `the server's GitHub credentials do not reach ${unreachable.map((s) => s.source).join(', ')}`,
        );
      }
    });
}
