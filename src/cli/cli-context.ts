import type { Command } from 'commander';
import { RodtradClient, type FetchLike } from '../client';
import { CredentialsStore, configDirOf, type Env } from './auth/credentials';
import type { ReadSecret } from './auth/read-secret';
import { resolveToken, type ResolvedAuth } from './auth/token-source';
import type { CliIo } from './cli-io';
import { PhaseNames } from './output/phase-names';

export interface GlobalOptions {
  server: string;
  org: string;
  json: boolean;
  token?: string;
}

/** What every command builder gets: where to write, the environment, and (for tests) the fetch to use. */
export interface CliDeps {
  io: CliIo;
  fetch?: FetchLike;
  /** RODTRAD_TOKEN, RODTRAD_CONFIG_DIR and the config-directory variables are read from here. */
  env: Env;
  /** `rodtrad login` without --token reads the token with it. */
  readSecret: ReadSecret;
  /** The token the run used, once a command has asked for the client: an error message names it. */
  auth?: ResolvedAuth;
}

/** One command run: the client for --server/--org/--token, the output, and --json. */
export class CliContext {
  readonly json: boolean;
  readonly server: string;
  readonly org: string;
  readonly credentials: CredentialsStore;
  private resolvedClient: RodtradClient | undefined;
  private phaseNames: Promise<PhaseNames> | undefined;

  constructor(
    readonly io: CliIo,
    private readonly options: GlobalOptions,
    private readonly deps: CliDeps,
  ) {
    this.json = options.json;
    this.server = options.server;
    this.org = options.org;
    this.credentials = new CredentialsStore(configDirOf(deps.env), (text) => this.note(text));
  }

  static of(command: Command, deps: CliDeps): CliContext {
    return new CliContext(deps.io, command.optsWithGlobals<GlobalOptions>(), deps);
  }

  /** The client with the run's token: --token, else RODTRAD_TOKEN, else the one `rodtrad login` stored. */
  get client(): RodtradClient {
    if (!this.resolvedClient) {
      const auth = resolveToken(this.server, this.options.token, this.deps.env, this.credentials);
      this.deps.auth = auth;
      this.resolvedClient = this.clientWith(auth.token);
    }
    return this.resolvedClient;
  }

  /** A client with exactly this token (`rodtrad login` checks a new token with it). */
  clientWith(token: string | undefined): RodtradClient {
    return new RodtradClient({
      baseUrl: this.server,
      org: this.org,
      fetch: this.deps.fetch,
      timeoutMs: 30_000,
      token,
    });
  }

  /** The token given to this run with --token or RODTRAD_TOKEN, without looking at the stored one. */
  get givenToken(): { token: string; source: 'flag' | 'env' } | undefined {
    if (this.options.token) return { token: this.options.token, source: 'flag' };
    const fromEnv = this.deps.env.RODTRAD_TOKEN?.trim();
    return fromEnv ? { token: fromEnv, source: 'env' } : undefined;
  }

  readSecret(prompt: string): Promise<string> {
    return this.deps.readSecret(prompt);
  }

  /** Tells an error message which token a failed request carried. */
  usedToken(auth: ResolvedAuth): void {
    this.deps.auth = auth;
  }

  /** A line to standard output. */
  line(text = ''): void {
    this.io.out(`${text}\n`);
  }

  /** A note to standard error, so it never mixes with --json output. */
  note(text: string): void {
    this.io.err(`${text}\n`);
  }

  printJson(value: unknown): void {
    this.io.out(`${JSON.stringify(value, null, 2)}\n`);
  }

  phases(): Promise<PhaseNames> {
    this.phaseNames ??= PhaseNames.load(this.client);
    return this.phaseNames;
  }
}
