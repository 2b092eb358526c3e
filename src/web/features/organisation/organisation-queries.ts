import { useQuery } from '@tanstack/react-query';
import type { Person, Product, ProductGroup, Team, WorkingGroup } from '../../../contracts/organisation';
import { useClient } from '../../api/client-context';

/** The whole organisation: a few hundred rows at most, read once and shared by every organisation page. */
export interface OrganisationData {
  people: Person[];
  productGroups: ProductGroup[];
  products: Product[];
  teams: Team[];
  workingGroups: WorkingGroup[];
}

const byName = <T extends { name: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => a.name.localeCompare(b.name, 'nb'));

export function useOrganisation() {
  const client = useClient();
  return useQuery({
    queryKey: ['organisation-directory', client.org],
    queryFn: async (): Promise<OrganisationData> => {
      const [people, productGroups, products, teams, workingGroups] = await Promise.all([
        client.people.listAll(),
        client.productGroups.listAll(),
        client.products.listAll(),
        client.teams.listAll(),
        client.workingGroups.listAll(),
      ]);
      return {
        people: byName(people),
        productGroups: byName(productGroups),
        products: byName(products),
        teams: byName(teams),
        workingGroups: byName(workingGroups),
      };
    },
    staleTime: 5 * 60_000,
  });
}

/** A team's allocated initiatives and its load per quarter. */
export function useTeamLoad(teamId: string) {
  const client = useClient();
  return useQuery({ queryKey: ['team-load', client.org, teamId], queryFn: () => client.teamLoad(teamId) });
}

/** The initiatives a person owns, submitted or is responsible for. */
export function usePersonInitiatives(personId: string) {
  const client = useClient();
  return useQuery({
    queryKey: ['person-initiatives', client.org, personId],
    queryFn: () => client.personInitiatives(personId),
  });
}

/** Every roadmap element of the organisation (the product group page picks its own). */
export function useRoadmapElements() {
  const client = useClient();
  return useQuery({
    queryKey: ['product-group-roadmap-elements', client.org],
    queryFn: () => client.roadmapElements.listAll(),
  });
}
