import { Command } from 'commander';
import { CliContext, type CliDeps } from '../../cli-context';
import { formatHistory } from '../../output/history';

export function historyCommand(deps: CliDeps): Command {
  return new Command('history')
    .description('every change to an initiative')
    .argument('<ref>', 'id or key, e.g. "Sak 14-2026"')
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const events = await ctx.client.initiatives.history(ref);
      if (ctx.json) return ctx.printJson({ items: events });
      const phases = await ctx.phases();
      ctx.line(formatHistory(events, (id) => phases.name(id)));
    });
}
