import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InitiativeListQuery } from '../../../client';
import { useClient } from '../../api/client-context';
import { useInitiativeList } from '../../api/queries';
import { filterInitiatives, type StructuredFilters } from './filter-initiatives';
import type { PortfolioSearch } from './portfolio-search';

/**
 * The initiatives the portfolio page shows. The API answers the text search (with stemming) and the
 * table's sort; the other filters run in the browser on that list, so changing one answers at once.
 * Past LIST_CAP initiatives the list is incomplete, and the API filters too.
 */
export function usePortfolioItems(search: PortfolioSearch) {
  const { view, sort, order, q, ...structured } = search;
  const serverQuery = { ...(q ? { q } : {}), ...(view === 'table' ? { sort, order } : {}) };
  const all = useInitiativeList(serverQuery);
  const truncated = all.data?.truncated === true;
  const narrowed = useInitiativeList({ ...serverQuery, ...apiFilters(structured) }, { enabled: truncated });
  const source = truncated ? narrowed : all;
  const filters = useStableFilters(structured);
  const items = useMemo(
    () => (source.data ? filterInitiatives(source.data.items, filters) : undefined),
    [source.data, filters],
  );
  return {
    items,
    truncated: source.data?.truncated === true,
    error: source.error,
    refetch: source.refetch,
  };
}

/** The same filters object while their values stay the same, so the filtering is not redone. */
function useStableFilters(f: StructuredFilters): StructuredFilters {
  const { phase, status, priority, health, productGroup, team, goal } = f;
  return useMemo(
    () => ({ phase, status, priority, health, productGroup, team, goal }),
    [phase, status, priority, health, productGroup, team, goal],
  );
}

const apiFilters = (f: StructuredFilters): Partial<InitiativeListQuery> => ({
  phase: f.phase,
  status: f.status,
  priority: f.priority,
  health: f.health,
  productGroup: f.productGroup,
  team: f.team,
  strategicItem: f.goal,
});

/** What the filters offer: the organisation's product groups, teams and strategic items, by name. */
export function useFilterOptions() {
  const client = useClient();
  return useQuery({
    queryKey: ['portfolio-filter-options', client.org],
    queryFn: async () => {
      const [productGroups, teams, goals] = await Promise.all([
        client.productGroups.listAll(),
        client.teams.listAll(),
        client.strategyItems.listAll(),
      ]);
      const byName = <T extends { name: string }>(list: T[]) =>
        [...list].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
      return {
        productGroups: byName(productGroups),
        teams: byName(teams),
        goals: [...goals].sort((a, b) => a.title.localeCompare(b.title, 'nb')),
      };
    },
    staleTime: 5 * 60_000,
  });
}
