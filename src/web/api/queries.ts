import { useQueries, useQuery } from '@tanstack/react-query';
import type { InitiativeSummary } from '../../contracts/initiatives';
import type { InitiativeListQuery } from '../../client';
import { useClient, useOrg } from './client-context';

/** The board loads at most this many initiatives (pages of 200); more means "use the filters". */
export const LIST_CAP = 1000;
const PAGE_SIZE = 200;

export interface InitiativeList {
  items: InitiativeSummary[];
  truncated: boolean;
}

export function useWorkflow() {
  const client = useClient();
  return useQuery({ queryKey: ['workflow', client.org], queryFn: () => client.workflow() });
}

/** Every initiative matching the filters, page by page up to LIST_CAP, in the API's sort order. */
export function useInitiativeList(
  query: Omit<InitiativeListQuery, 'cursor' | 'limit'>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const client = useClient();
  return useQuery({
    queryKey: ['initiatives', client.org, query],
    queryFn: async (): Promise<InitiativeList> => {
      const items: InitiativeSummary[] = [];
      let cursor: string | null = null;
      do {
        const page = await client.initiatives.list({ ...query, limit: PAGE_SIZE, cursor });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < LIST_CAP);
      return { items, truncated: cursor !== null };
    },
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useInitiative(ref: string) {
  const client = useClient();
  return useQuery({
    queryKey: ['initiative', client.org, ref],
    queryFn: async () => (await client.initiatives.get(ref)).data,
  });
}

export function useInitiativeHistory(ref: string) {
  const client = useClient();
  return useQuery({ queryKey: ['history', client.org, ref], queryFn: () => client.initiatives.history(ref) });
}

/** Id → name of the organisation's people, product groups, teams and working groups. */
export function useDirectory() {
  const client = useClient();
  const org = useOrg();
  return useQuery({
    queryKey: ['directory', org],
    queryFn: async () => {
      const [people, productGroups, teams, workingGroups] = await Promise.all([
        client.people.listAll(),
        client.productGroups.listAll(),
        client.teams.listAll(),
        client.workingGroups.listAll(),
      ]);
      const names = new Map<string, string>();
      for (const entity of [...people, ...productGroups, ...teams, ...workingGroups])
        names.set(entity.id, entity.name);
      return names;
    },
    staleTime: 5 * 60_000,
  });
}

/** The strategic items an initiative serves, by id. */
export function useStrategicItems(ids: readonly string[]) {
  const client = useClient();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['strategy-item', client.org, id],
      queryFn: async () => (await client.strategyItems.get(id)).data,
      staleTime: 5 * 60_000,
    })),
  });
}

/** Other initiatives by id (dependencies), for their keys and titles. */
export function useInitiativesById(ids: readonly string[]) {
  const client = useClient();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['initiative', client.org, id],
      queryFn: async () => (await client.initiatives.get(id)).data,
    })),
  });
}
