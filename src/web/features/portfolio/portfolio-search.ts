import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  INITIATIVE_SORTS,
  INITIATIVE_STATUSES,
  PRIORITIES,
  type InitiativeSort,
  type InitiativeStatus,
  type Priority,
} from '../../../contracts/initiatives';

export type PortfolioView = 'board' | 'table';

/** What the portfolio page shows, all of it kept in the URL's query so a view can be shared. */
export interface PortfolioSearch {
  view: PortfolioView;
  phase?: string;
  status?: InitiativeStatus;
  priority?: Priority;
  q?: string;
  sort: InitiativeSort;
  order: 'asc' | 'desc';
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

const nonEmpty = (value: string | null) => (value && value.trim() !== '' ? value.trim() : undefined);

/** Reads the query; unknown values are ignored rather than sent to the API. */
export function parsePortfolioSearch(params: URLSearchParams): PortfolioSearch {
  return {
    view: params.get('visning') === 'tabell' ? 'table' : 'board',
    phase: nonEmpty(params.get('fase')),
    status: oneOf(INITIATIVE_STATUSES, params.get('status')),
    priority: oneOf(PRIORITIES, params.get('prioritet')),
    q: nonEmpty(params.get('q')),
    sort: oneOf(INITIATIVE_SORTS, params.get('sort')) ?? 'key',
    order: params.get('rekkefolge') === 'synkende' ? 'desc' : 'asc',
  };
}

/** Writes the query with Norwegian names, leaving defaults out so URLs stay short. */
export function formatPortfolioSearch(search: PortfolioSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.view === 'table') params.set('visning', 'tabell');
  if (search.phase) params.set('fase', search.phase);
  if (search.status) params.set('status', search.status);
  if (search.priority) params.set('prioritet', search.priority);
  if (search.q) params.set('q', search.q);
  if (search.sort !== 'key') params.set('sort', search.sort);
  if (search.order === 'desc') params.set('rekkefolge', 'synkende');
  return params;
}

/** The page's search state and a way to change part of it. */
export function usePortfolioSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parsePortfolioSearch(params), [params]);
  const update = useCallback(
    (patch: Partial<PortfolioSearch>, options: { replace?: boolean } = {}) =>
      setParams((current) => formatPortfolioSearch({ ...parsePortfolioSearch(current), ...patch }), options),
    [setParams],
  );
  return { search, update };
}
