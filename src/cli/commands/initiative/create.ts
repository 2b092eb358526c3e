import { Command, Option } from 'commander';
import type { CreateInitiative } from '../../../contracts/initiatives';
import { CliContext, type CliDeps } from '../../cli-context';
import { UsageError } from '../../exit-codes';
import { addInitiativeFieldOptions, initiativeBody } from './initiative-fields';

export function createCommand(deps: CliDeps): Command {
  const command = new Command('create')
    .description('propose a new initiative (it starts in the first phase)')
    .addOption(new Option('--key <key>', 'keep an existing case number, e.g. "Sak 14-2026"'));
  return addInitiativeFieldOptions(command).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const ctx = CliContext.of(cmd, deps);
    const body = await initiativeBody(ctx.client, opts);
    if (typeof opts.key === 'string') body.key = opts.key;
    if (typeof body.title !== 'string') throw new UsageError('missing --title (or "title" in --from-json)');
    // The server validates the rest and answers validation-failed with the fields named.
    const { data } = await ctx.client.initiatives.create(body as CreateInitiative);
    if (ctx.json) return ctx.printJson(data);
    const phases = await ctx.phases();
    ctx.line(`Created ${data.key} ${data.title} in ${phases.name(data.phase)} (${data.id})`);
  });
}
