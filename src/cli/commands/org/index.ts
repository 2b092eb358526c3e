import { Command } from 'commander';
import type { CliDeps } from '../../cli-context';
import { crudGroup } from '../crud/crud-group';
import { peopleSpec } from './people';
import { productGroupsSpec } from './product-groups';
import { productsSpec } from './products';
import { teamsSpec } from './teams';
import { workingGroupsSpec } from './working-groups';

export function buildOrgCommand(deps: CliDeps): Command {
  return new Command('org')
    .description('the organisation: people, product groups, products, teams, working groups')
    .addCommand(crudGroup(peopleSpec, deps))
    .addCommand(crudGroup(productGroupsSpec, deps))
    .addCommand(crudGroup(productsSpec, deps))
    .addCommand(crudGroup(teamsSpec, deps))
    .addCommand(crudGroup(workingGroupsSpec, deps));
}
