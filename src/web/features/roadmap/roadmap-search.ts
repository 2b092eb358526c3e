import type { ElementStatus } from '../../../contracts/roadmap';
import { useUrlState } from '../../ui/use-url-state';

/** The roadmap's filters, all kept in the URL's query so a view can be shared. */
export interface RoadmapSearch {
  /** A product group's slug. */
  group?: string;
  /** A product's slug. */
  product?: string;
  status?: ElementStatus;
  /** A label such as program/ny-innlogging. */
  label?: string;
  q?: string;
}

/** The status as the URL spells it: the words on the board, in bokmål. */
const STATUS_IN_URL: Record<ElementStatus, string> = {
  'under-consideration': 'til-vurdering',
  backlog: 'backlog',
  'in-progress': 'under-arbeid',
  delivered: 'levert',
};

const nonEmpty = (value: string | null) => (value && value.trim() !== '' ? value.trim() : undefined);

function statusFromUrl(value: string | null): ElementStatus | undefined {
  const found = Object.entries(STATUS_IN_URL).find(([, word]) => word === value);
  return found ? (found[0] as ElementStatus) : undefined;
}

/** Reads the query; an unknown status is ignored. */
export function parseRoadmapSearch(params: URLSearchParams): RoadmapSearch {
  return {
    group: nonEmpty(params.get('produktgruppe')),
    product: nonEmpty(params.get('produkt')),
    status: statusFromUrl(params.get('status')),
    label: nonEmpty(params.get('etikett')),
    q: nonEmpty(params.get('q')),
  };
}

/** Writes the query with Norwegian names, leaving out what is not set. */
export function formatRoadmapSearch(search: RoadmapSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.group) params.set('produktgruppe', search.group);
  if (search.product) params.set('produkt', search.product);
  if (search.status) params.set('status', STATUS_IN_URL[search.status]);
  if (search.label) params.set('etikett', search.label);
  if (search.q) params.set('q', search.q);
  return params;
}

export const hasFilters = (search: RoadmapSearch) =>
  Boolean(search.group || search.product || search.status || search.label || search.q);

/** The page's filters and a way to change part of them. */
export function useRoadmapSearch() {
  const { state, update } = useUrlState(parseRoadmapSearch, formatRoadmapSearch);
  return { search: state, update };
}
