import { Command, Option } from 'commander';
import type { RodtradClient } from '../../client';
import type { UpdateUser, User } from '../../contracts/accounts';
import { IdSchema } from '../../contracts/common';
import { CliContext, type CliDeps } from '../cli-context';
import { UsageError } from '../exit-codes';
import { formatFields, formatTable, show, type Column } from '../output/table';
import { minutes } from './auth';

const columns: Column<User>[] = [
  { header: 'NAME', value: (u) => u.name, maxWidth: 40 },
  { header: 'EMAIL', value: (u) => show(u.email) },
  { header: 'ADMIN', value: (u) => (u.isAdmin ? 'yes' : '-') },
  { header: 'STATUS', value: (u) => (u.disabled ? 'disabled' : 'active') },
  { header: 'SIGNS IN WITH', value: (u) => show(u.providers), maxWidth: 40 },
  { header: 'LAST SIGN-IN (UTC)', value: (u) => minutes(u.lastSignInAt) },
  { header: 'ID', value: (u) => u.id },
];

export const userDetails = (u: User): [string, string][] => [
  ['Name', u.name],
  ['E-mail', show(u.email)],
  ['Administrator', u.isAdmin ? 'yes' : 'no'],
  ['Status', u.disabled ? 'disabled' : 'active'],
  ['Signs in with', show(u.providers)],
  ['Last sign-in', minutes(u.lastSignInAt)],
  ['Id', u.id],
];

/** A user named by id or e-mail (looked up in the user list, which only administrators read). */
async function userId(client: RodtradClient, ref: string): Promise<string> {
  if (IdSchema.safeParse(ref).success) return ref;
  const users = (await client.accounts.users()).filter((u) => u.email?.toLowerCase() === ref.toLowerCase());
  const [only, ...more] = users;
  if (!only)
    throw new UsageError(`no user with the e-mail "${ref}" (give the id; see \`rodtrad user list\`)`);
  if (more.length) throw new UsageError(`${users.length} users have the e-mail "${ref}": give the id`);
  return only.id;
}

interface UpdateFlags {
  admin?: boolean;
  disable?: boolean;
  enable?: boolean;
  name?: string;
}

/** `rodtrad user list | update`: the installation's accounts, for administrators. */
export function buildUserCommand(deps: CliDeps): Command {
  const user = new Command('user').description('the accounts of this installation (administrators only)');

  user
    .command('list')
    .description('list every account')
    .action(async (_opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const users = await ctx.client.accounts.users();
      if (ctx.json) return ctx.printJson(users);
      ctx.line(users.length ? formatTable(columns, users) : 'No users.');
    });

  user
    .command('update')
    .description('make a user administrator or not, disable or enable them, or rename them')
    .argument('<id|email>', 'the user')
    .option('--admin', 'make them an installation administrator (every role in every organisation)')
    .option('--no-admin', 'take the administrator right away')
    .addOption(
      new Option('--disable', 'disable the account: it cannot sign in, its sessions end').conflicts('enable'),
    )
    .option('--enable', 'enable a disabled account')
    .option('--name <name>', 'a new display name')
    .action(async (ref: string, opts: UpdateFlags, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const body: UpdateUser = {};
      if (opts.admin !== undefined) body.isAdmin = opts.admin;
      if (opts.disable) body.disabled = true;
      if (opts.enable) body.disabled = false;
      if (opts.name !== undefined) body.name = opts.name;
      if (Object.keys(body).length === 0) {
        throw new UsageError('nothing to change: give --admin, --no-admin, --disable, --enable or --name');
      }
      const updated = await ctx.client.accounts.updateUser(await userId(ctx.client, ref), body);
      if (ctx.json) return ctx.printJson(updated);
      ctx.line(`Updated user ${updated.name}`);
      ctx.line(formatFields(userDetails(updated)));
    });

  return user;
}
