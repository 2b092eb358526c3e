import { Command, Option } from 'commander';
import type { CrudResource, RodtradClient } from '../../../client';
import { CliContext, type CliDeps } from '../../cli-context';
import { UsageError } from '../../exit-codes';
import { positiveInt, readJsonObject } from '../../options/option-values';
import { resolveRef, type RefKind } from '../../options/resolve-ref';
import { formatHistory } from '../../output/history';
import { formatFields, formatTable, type Column } from '../../output/table';
import { bodyFromFlags, optionOf, requireFields, type FlagSpec } from './field-flags';

type Entity = { id: string; version: number };

/** Everything that differs between the organisation and strategy entities' commands. */
export interface CrudGroupSpec<T extends Entity> {
  /** The command, e.g. "people". */
  name: string;
  /** In messages, e.g. "person". */
  noun: string;
  description: string;
  resource(client: RodtradClient): CrudResource<T, never, never>;
  columns: Column<T>[];
  details(row: T): [string, string][];
  label(row: T): string;
  flags: FlagSpec[];
  /** Lets show/edit/delete take a slug or e-mail instead of the id. */
  refKind?: RefKind;
  /** More to print under `show` (a source's items). */
  showMore?(ctx: CliContext, row: T): Promise<void>;
}

/** list | show | create | edit | delete | history for one entity. */
export function crudGroup<T extends Entity>(spec: CrudGroupSpec<T>, deps: CliDeps): Command {
  const group = new Command(spec.name).description(spec.description);
  // CrudResource<T, never, never> accepts no body by type; the server validates what the flags built.
  const resourceOf = (ctx: CliContext) =>
    spec.resource(ctx.client) as unknown as CrudResource<T, unknown, unknown>;
  const idOf = (ctx: CliContext, ref: string) =>
    spec.refKind ? resolveRef(ctx.client, spec.refKind, ref) : ref;
  const refArg = spec.refKind === 'person' ? '<id|email>' : spec.refKind ? '<id|slug>' : '<id>';
  const print = (ctx: CliContext, row: T) => ctx.line(formatFields(spec.details(row)));

  group
    .command('list')
    .description(`list ${spec.name}`)
    .addOption(new Option('--limit <n>', 'rows per page').argParser(positiveInt))
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--all', 'follow every page')
    .action(async (opts: { limit?: number; cursor?: string; all?: boolean }, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const resource = resourceOf(ctx);
      const page = opts.all
        ? { items: await resource.listAll(), nextCursor: null }
        : await resource.list({ limit: opts.limit, cursor: opts.cursor });
      if (ctx.json) return ctx.printJson(page);
      ctx.line(page.items.length ? formatTable(spec.columns, page.items) : `No ${spec.name}.`);
      if (page.nextCursor) ctx.note(`More: --cursor ${page.nextCursor} (or --all)`);
    });

  group
    .command('show')
    .description(`show one ${spec.noun}`)
    .argument(refArg)
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const { data } = await resourceOf(ctx).get(await idOf(ctx, ref));
      if (ctx.json) return ctx.printJson(data);
      print(ctx, data);
      await spec.showMore?.(ctx, data);
    });

  const create = group.command('create').description(`create a ${spec.noun}`);
  for (const flag of spec.flags) create.addOption(optionOf(flag));
  create
    .option('--from-json <file>', 'fields from a JSON file; options override them')
    .action(async (opts: Record<string, unknown>, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const body = {
        ...(typeof opts.fromJson === 'string' ? readJsonObject(opts.fromJson) : {}),
        ...(await bodyFromFlags(ctx.client, spec.flags, opts)),
      };
      requireFields(spec.flags, body);
      const { data } = await resourceOf(ctx).create(body);
      if (ctx.json) return ctx.printJson(data);
      ctx.line(`Created ${spec.noun} ${spec.label(data)} (${data.id})`);
    });

  const editFlags = spec.flags.filter((f) => !f.createOnly);
  const edit = group.command('edit').description(`change a ${spec.noun}`).argument(refArg);
  for (const flag of editFlags) edit.addOption(optionOf(flag));
  edit
    .option('--from-json <file>', 'fields from a JSON file; options override them')
    .option('--if-match <etag>', 'the ETag you read; by default the current one is read first')
    .action(async (ref: string, opts: Record<string, unknown>, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const body = {
        ...(typeof opts.fromJson === 'string' ? readJsonObject(opts.fromJson) : {}),
        ...(await bodyFromFlags(ctx.client, editFlags, opts)),
      };
      if (Object.keys(body).length === 0)
        throw new UsageError('nothing to change: give at least one field option');
      const resource = resourceOf(ctx);
      const id = await idOf(ctx, ref);
      const etag = typeof opts.ifMatch === 'string' ? opts.ifMatch : (await resource.get(id)).etag;
      const { data } = await resource.update(id, body, etag);
      if (ctx.json) return ctx.printJson(data);
      ctx.line(`Updated ${spec.noun} ${spec.label(data)} (version ${data.version})`);
      print(ctx, data);
    });

  group
    .command('delete')
    .description(`delete a ${spec.noun}`)
    .argument(refArg)
    .option('--if-match <etag>', 'the ETag you read; by default the current one is read first')
    .action(async (ref: string, opts: { ifMatch?: string }, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const resource = resourceOf(ctx);
      const id = await idOf(ctx, ref);
      let etag = opts.ifMatch;
      let label = id;
      if (etag === undefined) {
        const current = await resource.get(id);
        etag = current.etag;
        label = spec.label(current.data);
      }
      await resource.remove(id, etag);
      if (ctx.json) return ctx.printJson({ deleted: id });
      ctx.line(`Deleted ${spec.noun} ${label}`);
    });

  group
    .command('history')
    .description(`every change to a ${spec.noun}`)
    .argument(refArg)
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const events = await ctx.client.history(await idOf(ctx, ref));
      if (ctx.json) return ctx.printJson({ items: events });
      ctx.line(formatHistory(events));
    });

  return group;
}
