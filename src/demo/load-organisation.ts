import { peopleUseCases } from '../services/organisation/people';
import { productGroupsUseCases } from '../services/organisation/product-groups';
import { productsUseCases } from '../services/organisation/products';
import { teamsUseCases } from '../services/organisation/teams';
import { workingGroupsUseCases } from '../services/organisation/working-groups';
import type { ServiceContext } from '../services/shared/context';
import type { DemoPerson, DemoProduct, DemoProductGroup, DemoTeam, DemoWorkingGroup } from './content/types';
import { KeyMap } from './key-map';

export interface OrganisationContent {
  people: DemoPerson[];
  productGroups: DemoProductGroup[];
  products: DemoProduct[];
  teams: DemoTeam[];
  workingGroups: DemoWorkingGroup[];
}

export interface OrganisationKeys {
  people: KeyMap;
  /** A person's name by key: initiatives' history names the person who made each change. */
  personNames: Map<string, string>;
  productGroups: KeyMap;
  products: KeyMap;
  teams: KeyMap;
  workingGroups: KeyMap;
}

/** People first (leaders and members point to them), then product groups, products, teams, working groups. */
export async function loadOrganisation(
  ctx: ServiceContext,
  content: OrganisationContent,
): Promise<OrganisationKeys> {
  const keys: OrganisationKeys = {
    people: new KeyMap('person'),
    personNames: new Map(),
    productGroups: new KeyMap('product group'),
    products: new KeyMap('product'),
    teams: new KeyMap('team'),
    workingGroups: new KeyMap('working group'),
  };
  for (const { key, ...person } of content.people) {
    keys.people.set(key, (await peopleUseCases.create(ctx, person)).id);
    keys.personNames.set(key, person.name);
  }
  for (const { leader, ...group } of content.productGroups) {
    const created = await productGroupsUseCases.create(ctx, { ...group, leaderId: keys.people.id(leader) });
    keys.productGroups.set(group.slug, created.id);
  }
  for (const { productGroup, ...product } of content.products) {
    const created = await productsUseCases.create(ctx, {
      ...product,
      productGroupId: keys.productGroups.id(productGroup),
    });
    keys.products.set(product.slug, created.id);
  }
  for (const { productGroups, products, members, ...team } of content.teams) {
    const created = await teamsUseCases.create(ctx, {
      ...team,
      productGroupIds: keys.productGroups.idsOf(productGroups),
      productIds: keys.products.idsOf(products),
      members: members.map(([person, role]) => ({ personId: keys.people.id(person), role })),
    });
    keys.teams.set(team.slug, created.id);
  }
  for (const { members, ...group } of content.workingGroups) {
    const created = await workingGroupsUseCases.create(ctx, {
      ...group,
      memberIds: keys.people.idsOf(members),
    });
    keys.workingGroups.set(group.slug, created.id);
  }
  return keys;
}
