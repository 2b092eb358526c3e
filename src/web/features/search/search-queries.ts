import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../contracts/search';
import { useClient, type useAppPaths } from '../../api/client-context';
import { githubUrl } from '../../ui/item-ref';

/** Initiatives, roadmap elements, epics and people matching `q`, at most `limit` of each kind. */
export function useSearch(q: string, limit: number, enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: ['search', client.org, q, limit],
    queryFn: () => client.portfolio.search(q, limit),
    enabled: enabled && q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** `value`, once it has stopped changing for `delayMs`: typing does not ask the server per key. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export type HitKind = 'initiative' | 'roadmapElement' | 'epic' | 'person';

/** Where a hit leads: a page of the app (`to`), a page elsewhere (`href`), or nowhere. */
export interface HitTarget {
  to?: string;
  href?: string;
}

/** One hit of any kind, as a line people choose from. */
export interface Hit extends HitTarget {
  kind: HitKind;
  id: string;
  /** What the hit is called: an initiative's or roadmap element's title, a person's name. */
  label: string;
  /** Said before the label instead of the kind: an initiative's case key. */
  prefix?: string;
}

type Paths = ReturnType<typeof useAppPaths>;

/** An epic leads to the roadmap element it serves, else to its issue on GitHub. */
export function epicTarget(epic: SearchResult['epics']['items'][number], paths: Paths): HitTarget {
  if (epic.elementId) return { to: paths.roadmapElement(epic.elementId) };
  const href = epic.url ?? (epic.ref ? githubUrl(epic.ref) : null);
  return href ? { href } : {};
}

/** Every hit of a result as one list, in the order the kinds are shown: initiatives first. */
export function hitsOf(result: SearchResult, paths: Paths): Hit[] {
  return [
    ...result.initiatives.items.map((i): Hit => ({
      kind: 'initiative',
      id: i.id,
      label: i.title,
      prefix: i.key,
      to: paths.initiative(i.key),
    })),
    ...result.roadmapElements.items.map((e): Hit => ({
      kind: 'roadmapElement',
      id: e.id,
      label: e.title,
      to: paths.roadmapElement(e.id),
    })),
    ...result.epics.items.map((e): Hit => ({
      kind: 'epic',
      id: e.id,
      label: e.title,
      ...epicTarget(e, paths),
    })),
    ...result.people.items.map((p): Hit => ({
      kind: 'person',
      id: p.id,
      label: p.name,
      to: paths.person(p.id),
    })),
  ];
}
