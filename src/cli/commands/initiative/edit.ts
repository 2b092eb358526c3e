import { Command } from 'commander';
import { CliContext, type CliDeps } from '../../cli-context';
import { UsageError } from '../../exit-codes';
import { collect } from '../../options/option-values';
import { addInitiativeFieldOptions, initiativeBody } from './initiative-fields';

export function editCommand(deps: CliDeps): Command {
  const command = new Command('edit')
    .description('change an initiative: reads its ETag, then sends the change with If-Match')
    .argument('<ref>', 'id or key, e.g. "Sak 14-2026"')
    .option('--check <criterion>', 'tick off a gate checklist criterion, repeatable', collect)
    .option('--uncheck <criterion>', 'untick a gate checklist criterion, repeatable', collect)
    .option('--if-match <etag>', 'the ETag you read; by default the current one is read first');
  return addInitiativeFieldOptions(command).action(
    async (ref: string, opts: Record<string, unknown>, cmd: Command) => {
      const ctx = CliContext.of(cmd, deps);
      const body = await initiativeBody(ctx.client, opts);
      const check = (opts.check as string[] | undefined) ?? [];
      const uncheck = (opts.uncheck as string[] | undefined) ?? [];
      const ticks = check.length > 0 || uncheck.length > 0;
      if (Object.keys(body).length === 0 && !ticks)
        throw new UsageError('nothing to change: give at least one field option');
      let etag = opts.ifMatch as string | undefined;
      if (etag === undefined || ticks) {
        const current = await ctx.client.initiatives.get(ref);
        etag ??= current.etag;
        if (ticks) {
          const ticked = new Set([...current.data.checkedCriteria, ...check]);
          for (const id of uncheck) ticked.delete(id);
          body.checkedCriteria = [...ticked];
        }
      }
      const { data } = await ctx.client.initiatives.update(ref, body, etag);
      if (ctx.json) return ctx.printJson(data);
      ctx.line(`Updated ${data.key} ${data.title} (version ${data.version})`);
    },
  );
}
