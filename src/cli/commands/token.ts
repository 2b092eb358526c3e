import { Command, Option } from 'commander';
import type { RodtradClient } from '../../client';
import { TOKEN_MAX_DAYS, TOKEN_SCOPES, type ApiToken, type TokenScope } from '../../contracts/accounts';
import { IdSchema } from '../../contracts/common';
import { CliContext, type CliDeps } from '../cli-context';
import { UsageError } from '../exit-codes';
import { positiveInt } from '../options/option-values';
import { formatTable, type Column } from '../output/table';
import { minutes } from './auth';

export function tokenStatus(token: ApiToken, now = Date.now()): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

const columns: Column<ApiToken>[] = [
  { header: 'NAME', value: (t) => t.name, maxWidth: 40 },
  { header: 'SCOPE', value: (t) => t.scope },
  { header: 'PREFIX', value: (t) => `${t.prefix}…` },
  { header: 'STATUS', value: (t) => tokenStatus(t) },
  { header: 'EXPIRES (UTC)', value: (t) => minutes(t.expiresAt) },
  { header: 'LAST USED (UTC)', value: (t) => minutes(t.lastUsedAt) },
  { header: 'ID', value: (t) => t.id },
];

/** A token named by its id, or by its name when exactly one active token has it. */
async function tokenId(client: RodtradClient, ref: string): Promise<string> {
  if (IdSchema.safeParse(ref).success) return ref;
  const matches = (await client.accounts.tokens()).filter(
    (t) => t.name === ref && tokenStatus(t) === 'active',
  );
  const [only, ...more] = matches;
  if (!only) throw new UsageError(`you have no active token named "${ref}" (see \`rodtrad token list\`)`);
  if (more.length) throw new UsageError(`${matches.length} active tokens are named "${ref}": give the id`);
  return only.id;
}

/** `rodtrad token create | list | revoke`: the signed-in user's own API tokens. */
export function buildTokenCommand(deps: CliDeps): Command {
  const token = new Command('token').description('your API tokens, for the CLI and integrations');

  token
    .command('create')
    .description('create an API token; it is printed once, on standard output')
    .requiredOption('--name <name>', 'what it is for, e.g. "CI pipeline"')
    .addOption(
      new Option('--scope <scope>', 'read: read only; write: also change; admin: also administer')
        .choices(TOKEN_SCOPES)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--expires-in-days <n>', `days until it expires, at most ${TOKEN_MAX_DAYS}`)
        .argParser(positiveInt)
        .default(90),
    )
    .action(async (opts: { name: string; scope: TokenScope; expiresInDays: number }, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const created = await ctx.client.accounts.createToken({
        name: opts.name,
        scope: opts.scope,
        expiresInDays: opts.expiresInDays,
      });
      if (ctx.json) return ctx.printJson(created);
      // Only the token on standard output, so `export RODTRAD_TOKEN=$(rodtrad token create …)` works.
      ctx.line(created.token);
      const t = created.apiToken;
      ctx.note(
        `Created token "${t.name}" (${t.scope}, expires ${minutes(t.expiresAt)} UTC, id ${t.id}).\n` +
          'This is the only time it is shown: copy it now. Use it as RODTRAD_TOKEN, or store it with `rodtrad login`.',
      );
    });

  token
    .command('list')
    .description('list your API tokens (never the tokens themselves, only how they start)')
    .action(async (_opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const tokens = await ctx.client.accounts.tokens();
      if (ctx.json) return ctx.printJson(tokens);
      ctx.line(tokens.length ? formatTable(columns, tokens) : 'No tokens.');
    });

  token
    .command('revoke')
    .description('revoke one of your API tokens: it stops working at once')
    .argument('<id|name>', 'the token, by id or by the name of an active token')
    .action(async (ref: string, _opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const revoked = await ctx.client.accounts.revokeToken(await tokenId(ctx.client, ref));
      if (ctx.json) return ctx.printJson(revoked);
      ctx.line(`Revoked token "${revoked.name}" (${revoked.prefix}…, ${revoked.id}).`);
    });

  return token;
}
