import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's state kept in the URL's query (filters, view, sort), read with `parse` and written with
 * `format`; `update` changes part of it.
 */
export function useUrlState<T>(parse: (params: URLSearchParams) => T, format: (state: T) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parse(params), [parse, params]);
  const update = useCallback(
    (patch: Partial<T>, options: { replace?: boolean } = {}) => {
      // The address bar, not the last render: the router re-renders in a transition, so a second
      // change right after the first would otherwise start from the query before it.
      const current = parse(new URLSearchParams(window.location.search));
      setParams(format({ ...current, ...patch }), options);
    },
    [parse, format, setParams],
  );
  return { state, update };
}
