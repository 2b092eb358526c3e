import { hostname, userInfo } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { TOKEN_MAX_DAYS, type CreatedApiToken, type User } from '../../contracts/accounts';
import { NameSchema } from '../../contracts/common';
import { LIMITS } from '../../contracts/limits';
import type { Config } from '../../server/config';
import { createApiToken } from '../../services/accounts/api-tokens';
import { SIGN_IN_LINK_TTL_MS, createSignInLink } from '../../services/accounts/sign-in-links';
import { ensureLocalAdmin, updateUser } from '../../services/accounts/users';
import type { Database } from '../../services/store-lifecycle';
import type { CliIo } from '../cli-io';
import { SetupError } from '../exit-codes';
import { positiveInt } from '../options/option-values';
import { prepareSchema, withConfiguredStore, type ConfiguredStore } from './configured-store';

type Note = (text: string) => void;

/** Who ran an admin command, for the account log: the operating-system user and the machine. */
function operator(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): the machine still says where it was run.
  }
  return `rodtrad admin (${user}@${hostname()})`;
}

/**
 * The installation's local administrator ('local'/'admin'), created when missing. Whoever can open the
 * database can do anything anyway, so an account an administrator disabled or demoted is restored:
 * a token of a disabled account would not work.
 */
export async function ensureInstallationAdmin(database: Database, actor: string, note: Note): Promise<User> {
  const user = await ensureLocalAdmin(database);
  if (user.isAdmin && !user.disabled) return user;
  note(
    `note: the local administrator was ${user.disabled ? 'disabled' : 'not an administrator'}; restored it.`,
  );
  return updateUser(database, actor, user.id, { isAdmin: true, disabled: false });
}

export interface AdminToken extends CreatedApiToken {
  user: User;
}

/** A new admin-scoped API token of the local administrator. */
export async function createAdminToken(
  database: Database,
  request: { name: string; expiresInDays: number },
  note: Note = () => undefined,
): Promise<AdminToken> {
  const actor = operator();
  const user = await ensureInstallationAdmin(database, actor, note);
  const created = await createApiToken(database, user.id, actor, { ...request, scope: 'admin' });
  return { ...created, user };
}

/** Where people reach the server: PUBLIC_URL, else the address it binds to (as `rodtrad serve` prints it). */
export function publicBaseUrl(config: Config): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL;
  const host = ['0.0.0.0', '::', ''].includes(config.HOST) ? '127.0.0.1' : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`;
}

/** A new one-time sign-in link of the local administrator. */
export async function createAdminSignInLink(
  database: Database,
  baseUrl: string,
  note: Note = () => undefined,
): Promise<{ url: string; user: User }> {
  const user = await ensureInstallationAdmin(database, operator(), note);
  const secret = await createSignInLink(database, user.id);
  return { url: `${baseUrl}/auth/link/${secret}`, user };
}

export interface AdminCommandOptions {
  /** DATA_DIR, DATABASE_URL, HOST, PORT and PUBLIC_URL; process.env otherwise. */
  env?: NodeJS.ProcessEnv;
  /** For tests: runs the work on this store instead of opening the configured one. */
  withStore?: (work: (store: ConfiguredStore) => Promise<void>) => Promise<void>;
}

const expiryDays = (value: string): number => {
  const days = positiveInt(value);
  if (days > TOKEN_MAX_DAYS) throw new InvalidArgumentError(`at most ${TOKEN_MAX_DAYS} days`);
  return days;
};

const tokenName = (value: string): string => {
  const parsed = NameSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`a name of 1 to ${LIMITS.name} characters`);
  return parsed.data;
};

/**
 * `rodtrad admin create-token | sign-in-link`: run next to the database (same DATA_DIR / DATABASE_URL
 * as the server), for automation and for getting in when nobody can sign in. Standard output holds
 * only the token or the link, so `export RODTRAD_TOKEN=$(rodtrad admin create-token)` works; notes go
 * to standard error.
 */
export function buildAdminCommand(io: CliIo, options: AdminCommandOptions = {}): Command {
  const env = options.env ?? process.env;
  const note: Note = (text) => io.err(`${text}\n`);
  // "Applied migrations" and other notes go to standard error: standard output is the secret only.
  const quietIo: CliIo = { out: (text) => io.err(text), err: (text) => io.err(text) };
  const onStore = async (command: string, work: (store: ConfiguredStore) => Promise<void>) => {
    try {
      await (options.withStore ? options.withStore(work) : withConfiguredStore(work, env));
    } catch (err) {
      if (err instanceof Error && err.name === 'DataDirInUseError') {
        throw new SetupError(
          `${err.message}\n\`rodtrad admin ${command}\` opens the embedded (PGlite) database itself, so it ` +
            'needs the server stopped: stop it, run this again, then start the server. With PostgreSQL ' +
            '(DATABASE_URL) it works while the server runs.',
        );
      }
      throw err;
    }
  };

  const admin = new Command('admin').description(
    'run next to the database (DATA_DIR or DATABASE_URL): administrator tokens and sign-in links; ' +
      'on PGlite stop the server first',
  );

  admin
    .command('create-token')
    .description(
      "create (or reuse) the installation's local administrator and print a new admin-scoped API token, " +
        'once, alone on standard output',
    )
    .addOption(
      new Option('--name <name>', 'what the token is for')
        .argParser(tokenName)
        .default('rodtrad admin create-token'),
    )
    .addOption(
      new Option('--expires-in-days <n>', `days until it expires, at most ${TOKEN_MAX_DAYS}`)
        .argParser(expiryDays)
        .default(90),
    )
    .action((opts: { name: string; expiresInDays: number }, command: Command) =>
      onStore('create-token', async ({ database, described }) => {
        await prepareSchema(database, quietIo);
        const created = await createAdminToken(database, opts, note);
        if (command.optsWithGlobals<{ json?: boolean }>().json) {
          io.out(`${JSON.stringify(created, null, 2)}\n`);
        } else {
          io.out(`${created.token}\n`);
        }
        const t = created.apiToken;
        note(
          `Created an administrator token "${t.name}" for ${created.user.name} in ${described} ` +
            `(expires ${t.expiresAt.slice(0, 10)}, id ${t.id}).\n` +
            'It is shown only now. Use it as RODTRAD_TOKEN, or store it with `rodtrad login`.',
        );
      }),
    );

  admin
    .command('sign-in-link')
    .description(
      'print a new one-time sign-in link for the local administrator (the URL starts with PUBLIC_URL, ' +
        'else http://HOST:PORT)',
    )
    .action(() =>
      onStore('sign-in-link', async ({ config, database }) => {
        await prepareSchema(database, quietIo);
        const { url, user } = await createAdminSignInLink(database, publicBaseUrl(config), note);
        io.out(`${url}\n`);
        note(
          `A one-time sign-in link for ${user.name}: it works once, within ${SIGN_IN_LINK_TTL_MS / 60_000} minutes.`,
        );
      }),
    );

  return admin;
}
