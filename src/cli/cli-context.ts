import type { Command } from 'commander';
import { RodtradClient, type FetchLike } from '../client';
import type { CliIo } from './cli-io';
import { PhaseNames } from './output/phase-names';

export interface GlobalOptions {
  server: string;
  org: string;
  json: boolean;
}

/** What every command builder gets: where to write, and (for tests) the fetch to use. */
export interface CliDeps {
  io: CliIo;
  fetch?: FetchLike;
}

/** One command run: the client for --server/--org, the output, and --json. */
export class CliContext {
  readonly client: RodtradClient;
  readonly json: boolean;
  private phaseNames: Promise<PhaseNames> | undefined;

  constructor(
    readonly io: CliIo,
    options: GlobalOptions,
    fetch?: FetchLike,
  ) {
    this.json = options.json;
    this.client = new RodtradClient({ baseUrl: options.server, org: options.org, fetch, timeoutMs: 30_000 });
  }

  static of(command: Command, deps: CliDeps): CliContext {
    return new CliContext(deps.io, command.optsWithGlobals<GlobalOptions>(), deps.fetch);
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
