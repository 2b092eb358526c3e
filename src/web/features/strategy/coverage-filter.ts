import { SOURCE_KINDS, type SourceKind } from '../../../contracts/strategy';
import type { CoverageSource, CoveredItem, StrategyCoverage } from '../../../contracts/strategy-coverage';

export interface CoverageSearch {
  /** Only sources of this kind; all when left out. */
  kind?: SourceKind;
  /** Only items no initiative covers (with the items above them, so each stands in its place). */
  onlyUncovered: boolean;
}

/** The filters from the URL (?kilde=okr&udekket=1); anything unknown is ignored. */
export function parseCoverageSearch(params: URLSearchParams): CoverageSearch {
  const kind = params.get('kilde');
  return {
    kind: (SOURCE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as SourceKind) : undefined,
    onlyUncovered: params.get('udekket') === '1',
  };
}

/** The filters as URL parameters, leaving out what is not set. */
export function coverageSearchParams(search: CoverageSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.kind) params.set('kilde', search.kind);
  if (search.onlyUncovered) params.set('udekket', '1');
  return params;
}

/** The items to show: all, or the uncovered ones and every item above one of them. */
export function visibleItems(items: readonly CoveredItem[], onlyUncovered: boolean): CoveredItem[] {
  if (!onlyUncovered) return [...items];
  const parentOf = new Map(items.map((item) => [item.id, item.parentId]));
  const keep = new Set<string>();
  for (const item of items) {
    if (item.covered) continue;
    let id: string | null | undefined = item.id;
    while (id && !keep.has(id)) {
      keep.add(id);
      id = parentOf.get(id);
    }
  }
  return items.filter((item) => keep.has(item.id));
}

/** The sources and items the filters let through; a source left with no items is left out. */
export function filterCoverage(coverage: StrategyCoverage, search: CoverageSearch): CoverageSource[] {
  return coverage.sources
    .filter((source) => !search.kind || source.kind === search.kind)
    .map((source) => ({ ...source, items: visibleItems(source.items, search.onlyUncovered) }))
    .filter((source) => !search.onlyUncovered || source.items.length > 0);
}

/** The kinds of source the organisation has, in SOURCE_KINDS order: the choices of the kind filter. */
export const kindsPresent = (coverage: StrategyCoverage): SourceKind[] =>
  SOURCE_KINDS.filter((kind) => coverage.sources.some((source) => source.kind === kind));

/**
 * Whether to say an item's kind before its reference: not when the reference already says it
 * ("Mål 1", "Tiltak 7"), which would read "Tiltak Tiltak 7".
 */
export const kindWorthSaying = (kindLabel: string, ref: string | null): boolean =>
  !ref || !ref.toLocaleLowerCase('nb').startsWith(kindLabel.toLocaleLowerCase('nb'));
