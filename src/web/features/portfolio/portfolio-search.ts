import {
  INITIATIVE_SORTS,
  INITIATIVE_STATUSES,
  PRIORITIES,
  type InitiativeSort,
  type InitiativeStatus,
  type Priority,
} from '../../../contracts/initiatives';
import { HEALTHS } from '../../../contracts/rollup';
import { useUrlState } from '../../ui/use-url-state';

export type PortfolioView = 'board' | 'table';

/** Health as a filter: one of the colours, or `none` for initiatives not assessed yet. */
export const HEALTH_FILTERS = [...HEALTHS, 'none'] as const;
export type HealthFilter = (typeof HEALTH_FILTERS)[number];

/** What the portfolio page shows, all of it kept in the URL's query so a view can be shared and saved. */
export interface PortfolioSearch {
  view: PortfolioView;
  phase?: string;
  status?: InitiativeStatus;
  priority?: Priority;
  health?: HealthFilter;
  productGroup?: string;
  team?: string;
  /** A strategic item (goal, assignment, action, objective) the initiatives serve. */
  goal?: string;
  q?: string;
  sort: InitiativeSort;
  order: 'asc' | 'desc';
}

/** The filters among them (what "clear the filters" empties). */
export const FILTER_NAMES = [
  'phase',
  'status',
  'priority',
  'health',
  'productGroup',
  'team',
  'goal',
  'q',
] as const satisfies readonly (keyof PortfolioSearch)[];

/** Each filter's name in the URL: Norwegian, like the page's paths. */
const PARAMS = {
  phase: 'fase',
  status: 'status',
  priority: 'prioritet',
  health: 'helse',
  productGroup: 'gruppe',
  team: 'team',
  goal: 'mal',
  q: 'q',
} as const;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

const nonEmpty = (value: string | null) => (value && value.trim() !== '' ? value.trim() : undefined);

/** Reads the query; unknown values are ignored rather than sent to the API. */
export function parsePortfolioSearch(params: URLSearchParams): PortfolioSearch {
  return {
    view: params.get('visning') === 'tabell' ? 'table' : 'board',
    phase: nonEmpty(params.get(PARAMS.phase)),
    status: oneOf(INITIATIVE_STATUSES, params.get(PARAMS.status)),
    priority: oneOf(PRIORITIES, params.get(PARAMS.priority)),
    health: oneOf(HEALTH_FILTERS, params.get(PARAMS.health)),
    productGroup: nonEmpty(params.get(PARAMS.productGroup)),
    team: nonEmpty(params.get(PARAMS.team)),
    goal: nonEmpty(params.get(PARAMS.goal)),
    q: nonEmpty(params.get(PARAMS.q)),
    sort: oneOf(INITIATIVE_SORTS, params.get('sort')) ?? 'key',
    order: params.get('rekkefolge') === 'synkende' ? 'desc' : 'asc',
  };
}

/** Writes the query with Norwegian names, leaving defaults out so URLs stay short. */
export function formatPortfolioSearch(search: PortfolioSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.view === 'table') params.set('visning', 'tabell');
  for (const name of FILTER_NAMES) {
    const value = search[name];
    if (value) params.set(PARAMS[name], value);
  }
  if (search.sort !== 'key') params.set('sort', search.sort);
  if (search.order === 'desc') params.set('rekkefolge', 'synkende');
  return params;
}

/** How many filters are set (shown beside "clear the filters", and on a saved view). */
export const activeFilterCount = (search: PortfolioSearch): number =>
  FILTER_NAMES.filter((name) => search[name] !== undefined).length;

/** The page's search state and a way to change part of it. */
export function usePortfolioSearch() {
  const { state, update } = useUrlState(parsePortfolioSearch, formatPortfolioSearch);
  return { search: state, update };
}
