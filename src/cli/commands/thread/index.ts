import type { Command } from 'commander';
import type { CliDeps } from '../../cli-context';
import { checkCommand } from './check';
import { traceCommand } from './trace';

/** The red thread's top-level commands: `rodtrad check` and `rodtrad trace`. */
export function buildThreadCommands(deps: CliDeps): Command[] {
  return [checkCommand(deps), traceCommand(deps)];
}
