import { Command, Option } from 'commander';
import { ApiError, type RodtradClient } from '../../client';
import { ROLES, type Membership, type Role, type SetMembership } from '../../contracts/accounts';
import { IdSchema } from '../../contracts/common';
import type { Person } from '../../contracts/organisation';
import { CliContext, type CliDeps } from '../cli-context';
import { UsageError } from '../exit-codes';
import { formatTable, show, type Column } from '../output/table';

const isId = (value: string) => IdSchema.safeParse(value).success;

/** A member's user named by id or e-mail: from the members first, then (administrators) every user. */
async function memberUserId(client: RodtradClient, ref: string): Promise<string> {
  if (isId(ref)) return ref;
  const email = ref.toLowerCase();
  const member = (await client.accounts.members()).find((m) => m.email?.toLowerCase() === email);
  if (member) return member.userId;
  const users = await client.accounts.users().catch((err: unknown) => {
    if (err instanceof ApiError && err.code === 'forbidden') return [];
    throw err;
  });
  const matches = users.filter((u) => u.email?.toLowerCase() === email);
  const [only, ...more] = matches;
  if (!only) {
    throw new UsageError(
      `no user with the e-mail "${ref}": give the user's id (an administrator finds it with \`rodtrad user list\`)`,
    );
  }
  if (more.length) throw new UsageError(`${matches.length} users have the e-mail "${ref}": give the id`);
  return only.id;
}

/** A person of the organisation named by id, e-mail or their exact name. */
function personId(people: Person[], ref: string, org: string): string {
  if (isId(ref)) return ref;
  const wanted = ref.toLowerCase();
  const byEmail = people.filter((p) => p.email?.toLowerCase() === wanted);
  const matches = byEmail.length ? byEmail : people.filter((p) => p.name.toLowerCase() === wanted);
  const [only, ...more] = matches;
  if (!only)
    throw new UsageError(`no person "${ref}" in organisation ${org} (give their id, e-mail or name)`);
  if (more.length)
    throw new UsageError(`${matches.length} people in ${org} are called "${ref}": give the id or e-mail`);
  return only.id;
}

function columns(people: Map<string, Person>): Column<Membership>[] {
  return [
    { header: 'NAME', value: (m) => m.userName, maxWidth: 40 },
    { header: 'EMAIL', value: (m) => show(m.email) },
    { header: 'ROLE', value: (m) => m.role },
    {
      header: 'PERSON',
      value: (m) => (m.personId ? (people.get(m.personId)?.name ?? m.personId) : '-'),
      maxWidth: 40,
    },
    { header: 'USER ID', value: (m) => m.userId },
  ];
}

const peopleById = async (client: RodtradClient) =>
  new Map((await client.people.listAll()).map((p) => [p.id, p]));

/** `rodtrad member list | set | remove`: who has which role in --org, and which person they are. */
export function buildMemberCommand(deps: CliDeps): Command {
  const member = new Command('member').description(
    "the organisation's members: their role and the person they are (organisation administrators)",
  );

  member
    .command('list')
    .description('list the members of the organisation and their roles')
    .action(async (_opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const members = await ctx.client.accounts.members();
      if (ctx.json) return ctx.printJson(members);
      if (members.length === 0) return ctx.line(`No members in ${ctx.org}.`);
      const linked = members.some((m) => m.personId);
      ctx.line(
        formatTable(columns(linked ? await peopleById(ctx.client) : new Map<string, Person>()), members),
      );
    });

  member
    .command('set')
    .description('give a user a role in the organisation, and optionally link them to a person')
    .argument('<userId|email>', 'the user')
    .addOption(new Option('--role <role>', 'the role').choices(ROLES).makeOptionMandatory())
    .option('--person <person>', 'the person they are: id, e-mail or name')
    .option('--no-person', 'unlink them from their person')
    .action(async (ref: string, opts: { role: Role; person?: string | false }, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const client = ctx.client;
      const people = opts.person ? await client.people.listAll() : [];
      const body: SetMembership = { role: opts.role };
      if (opts.person === false) body.personId = null;
      else if (opts.person) body.personId = personId(people, opts.person, ctx.org);
      const saved = await client.accounts.setMember(await memberUserId(client, ref), body);
      if (ctx.json) return ctx.printJson(saved);
      const person = saved.personId
        ? (people.find((p) => p.id === saved.personId)?.name ?? saved.personId)
        : 'no person';
      ctx.line(`${saved.userName} is ${saved.role} in ${ctx.org} (${person}).`);
    });

  member
    .command('remove')
    .description("take a user's membership away: they fall back to the organisation's default role")
    .argument('<userId|email>', 'the user')
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const id = await memberUserId(ctx.client, ref);
      await ctx.client.accounts.removeMember(id);
      if (ctx.json) return ctx.printJson({ removed: id });
      ctx.line(`Removed ${ref} from ${ctx.org}.`);
    });

  return member;
}
