import {
  chmodSync,
  closeSync,
  fchmodSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { SetupError } from '../exit-codes';

export type Env = Record<string, string | undefined>;

export const CREDENTIALS_FILE = 'credentials.json';

/** The CLI's configuration directory: RODTRAD_CONFIG_DIR, else the platform's per-user place. */
export function configDirOf(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (env.RODTRAD_CONFIG_DIR) return env.RODTRAD_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'rodtrad');
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and is to be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.config'), 'rodtrad');
}

/** One server's stored sign-in. */
export interface StoredCredential {
  token: string;
  /** Who the token signed in as when it was stored, for `rodtrad logout`'s message. */
  userName: string;
  savedAt: string;
}

interface CredentialsDocument {
  version: 1;
  /** Keyed by the server's URL as serverKey() writes it. */
  servers: Record<string, StoredCredential>;
}

/** The same server however it was typed: "http://HOST:3000/" and "http://host:3000" are one. */
export function serverKey(server: string): string {
  try {
    const url = new URL(server);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return server.trim().replace(/\/+$/, '');
  }
}

const isPosix = (platform: NodeJS.Platform) => platform !== 'win32';
const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');

/**
 * The tokens `rodtrad login` stored, one per server, in `<config dir>/credentials.json`. The file is
 * written 0600 in a 0700 directory. Like ssh with a private key, a file other users may read is
 * refused rather than used: the token in it may already be someone else's. A directory open to
 * others is only warned about (the file's own mode protects the token), and tightened on the next write.
 */
export class CredentialsStore {
  readonly file: string;

  constructor(
    readonly dir: string,
    /** Where warnings go (standard error). */
    private readonly warn: (text: string) => void,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.file = join(dir, CREDENTIALS_FILE);
  }

  /** The stored token for `server`, if any. */
  get(server: string): StoredCredential | undefined {
    return this.read().servers[serverKey(server)];
  }

  /** Stores (or replaces) the token for `server`. */
  set(server: string, credential: StoredCredential): void {
    const document = this.read();
    document.servers[serverKey(server)] = credential;
    this.write(document);
  }

  /** Forgets the token for `server`; answers whether there was one. */
  remove(server: string): boolean {
    const document = this.read();
    const key = serverKey(server);
    if (!(key in document.servers)) return false;
    delete document.servers[key];
    if (Object.keys(document.servers).length === 0) rmSync(this.file, { force: true });
    else this.write(document);
    return true;
  }

  private read(): CredentialsDocument {
    let mode: number;
    try {
      mode = statSync(this.file).mode;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, servers: {} };
      throw new SetupError(`cannot read ${this.file}: ${(err as Error).message}`);
    }
    if (isPosix(this.platform)) {
      if ((mode & 0o077) !== 0) {
        throw new SetupError(
          `${this.file} holds API tokens but other users may read or change it (mode ${octal(mode)}); ` +
            `it is not used. Fix it with \`chmod 600 ${this.file}\`, and revoke the tokens in it ` +
            `(\`rodtrad token list\`, \`rodtrad token revoke <id>\`) if someone else may have read them.`,
        );
      }
      this.warnIfOpenDir();
    }
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch (err) {
      throw new SetupError(
        `cannot read ${this.file}: ${(err as Error).message}. Remove it and run \`rodtrad login\` again.`,
      );
    }
    const servers = (value as Partial<CredentialsDocument> | null)?.servers;
    if (typeof servers !== 'object' || servers === null || Array.isArray(servers)) {
      throw new SetupError(
        `${this.file} is not a credentials file of rodtrad. Remove it and run \`rodtrad login\` again.`,
      );
    }
    return { version: 1, servers };
  }

  private warnIfOpenDir(): void {
    const mode = statSync(this.dir).mode;
    if ((mode & 0o077) !== 0) {
      this.warn(
        `warning: ${this.dir} is open to other users (mode ${octal(mode)}); ` +
          `\`chmod 700 ${this.dir}\` (the next \`rodtrad login\` does it).`,
      );
    }
  }

  /** Written to a new 0600 file beside it, then renamed over it: never half-written, never readable by others. */
  private write(document: CredentialsDocument): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    if (isPosix(this.platform) && (statSync(this.dir).mode & 0o077) !== 0) chmodSync(this.dir, 0o700);
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      // A temporary file left by a crashed run keeps its old mode when opened: set it.
      if (isPosix(this.platform)) fchmodSync(fd, 0o600);
      writeSync(fd, `${JSON.stringify(document, null, 2)}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
  }
}
