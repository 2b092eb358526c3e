import { Command } from 'commander';
import type { Me } from '../../contracts/accounts';
import { describeTokenSource } from '../auth/token-source';
import { CliContext, type CliDeps } from '../cli-context';
import { UsageError } from '../exit-codes';
import { formatFields, formatTable, show } from '../output/table';

/** "2026-05-01 12:30" in UTC, for tables. */
export const minutes = (timestamp: string | null): string =>
  timestamp ? timestamp.replace('T', ' ').slice(0, 16) : '-';

const who = (user: Me['user']) => (user.email ? `${user.name} <${user.email}>` : user.name);

function loginCommand(deps: CliDeps): Command {
  return new Command('login')
    .description(
      'store an API token for --server, after checking it with the server; without --token it is read ' +
        'from standard input (hidden at a terminal), so it stays out of the shell history',
    )
    .action(async (_opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      // Only --token or standard input: logging in with the token already in use would change nothing.
      const flag = command.optsWithGlobals<{ token?: string }>().token;
      const token = flag ?? (await ctx.readSecret(`API token for ${ctx.server} (input is hidden): `));
      if (!token) throw new UsageError('no token: give it with --token <token> or on standard input');
      if (/\s/.test(token))
        throw new UsageError('a token has no spaces or line breaks: give exactly one token');
      ctx.usedToken({ token, source: 'login', server: ctx.server, file: ctx.credentials.file });
      const me = await ctx.clientWith(token).accounts.me();
      ctx.credentials.set(ctx.server, { token, userName: me.user.name, savedAt: new Date().toISOString() });
      if (ctx.json) {
        ctx.printJson({ server: ctx.server, credentialsFile: ctx.credentials.file, user: me.user });
      } else {
        ctx.line(
          `Signed in to ${ctx.server} as ${who(me.user)}${me.user.isAdmin ? ' (administrator)' : ''}.`,
        );
        ctx.line(`The token is stored in ${ctx.credentials.file}.`);
      }
      if (ctx.givenToken?.source === 'env') {
        ctx.note('note: RODTRAD_TOKEN is set, and wins over the stored token while it is.');
      }
    });
}

function logoutCommand(deps: CliDeps): Command {
  return new Command('logout')
    .description('forget the token `rodtrad login` stored for --server (it stays valid until revoked)')
    .action((_opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const stored = ctx.credentials.get(ctx.server);
      const removed = ctx.credentials.remove(ctx.server);
      if (ctx.json) {
        ctx.printJson({ server: ctx.server, removed });
      } else if (stored && removed) {
        ctx.line(`Forgot the token for ${ctx.server} (${stored.userName}).`);
        ctx.note(
          'It stays valid until it expires or is revoked: `rodtrad token list` and `rodtrad token revoke <id>`, ' +
            'or in the web app.',
        );
      } else {
        ctx.line(`No token is stored for ${ctx.server}.`);
      }
      const given = ctx.givenToken;
      if (given) {
        ctx.note(
          `note: ${given.source === 'env' ? 'RODTRAD_TOKEN is set' : '--token was given'}; it is still used.`,
        );
      }
    });
}

function whoamiCommand(deps: CliDeps): Command {
  return new Command('whoami')
    .description('who the token signs in as, and their roles in the organisations')
    .action(async (_opts: unknown, command: Command) => {
      const ctx = CliContext.of(command, deps);
      const me = await ctx.client.accounts.me();
      if (ctx.json) return ctx.printJson(me);
      ctx.line(
        formatFields([
          ['Server', ctx.server],
          ['User', who(me.user)],
          ['Administrator', me.user.isAdmin ? 'yes (every role in every organisation)' : 'no'],
          ['Signs in with', show(me.user.providers)],
          ['Token from', deps.auth ? describeTokenSource(deps.auth) : '-'],
          ['Id', me.user.id],
        ]),
      );
      ctx.line();
      ctx.line(
        me.memberships.length
          ? formatTable(
              [
                { header: 'ORGANISATION', value: (m: Me['memberships'][number]) => m.orgSlug },
                { header: 'ROLE', value: (m) => m.role },
                { header: 'PERSON', value: (m) => show(m.personId) },
              ],
              me.memberships,
            )
          : 'No memberships.',
      );
    });
}

export function buildAuthCommands(deps: CliDeps): Command[] {
  return [loginCommand(deps), logoutCommand(deps), whoamiCommand(deps)];
}
