import { Command } from 'commander';
import { CliContext, type CliDeps } from '../../cli-context';
import { formatTrace } from './format-trace';

/** `rodtrad trace <ref>`: the red thread through one node, up to the strategy and down to the issues. */
export function traceCommand(deps: CliDeps): Command {
  return new Command('trace')
    .description('the red thread through an initiative, roadmap element, epic or issue, with progress')
    .argument('<ref>', '"Sak 14-2026", "owner/repo#12" or an id')
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const trace = await ctx.client.thread.trace(ref);
      if (ctx.json) return ctx.printJson(trace);
      ctx.line(formatTrace(trace));
    });
}
