import { Command } from 'commander';
import type { CliDeps } from '../../cli-context';
import { createCommand } from './create';
import { editCommand } from './edit';
import { historyCommand } from './history';
import { listCommand } from './list';
import { moveCommand } from './move';
import { showCommand } from './show';

export function buildInitiativeCommand(deps: CliDeps): Command {
  return new Command('initiative')
    .description('initiatives through the gated phases')
    .addCommand(listCommand(deps))
    .addCommand(showCommand(deps))
    .addCommand(createCommand(deps))
    .addCommand(editCommand(deps))
    .addCommand(moveCommand(deps))
    .addCommand(historyCommand(deps));
}
