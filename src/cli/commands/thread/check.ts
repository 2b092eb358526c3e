import { Command, Option } from 'commander';
import { CHECK_SEVERITIES, type CheckSeverity } from '../../../contracts/checks';
import { CliContext, type CliDeps } from '../../cli-context';
import { ChecksFailedError } from '../../exit-codes';
import { countOf, formatCheckReport, severitiesFrom } from './format-check-report';

/**
 * `rodtrad check`: every portfolio check. Exits 4 when any error-severity item exists, whatever
 * --severity shows, so a pipeline can run it as a gate.
 */
export function checkCommand(deps: CliDeps): Command {
  return new Command('check')
    .description('run the portfolio checks: broken red threads, with how to fix them (exit 4 on errors)')
    .addOption(
      new Option('--severity <level>', 'show findings of this severity and above').choices(CHECK_SEVERITIES),
    )
    .action(async (opts: { severity?: CheckSeverity }, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const report = await ctx.client.thread.checks();
      const shown = severitiesFrom(opts.severity ?? 'info');
      if (ctx.json) {
        // The counts stay those of the whole report, as in the human summary.
        ctx.printJson({ ...report, results: report.results.filter((r) => shown.includes(r.severity)) });
      } else {
        ctx.line(formatCheckReport(report, shown));
      }
      const errors = report.counts.error;
      if (errors > 0) throw new ChecksFailedError(`the portfolio checks found ${countOf(errors, 'error')}`);
    });
}
