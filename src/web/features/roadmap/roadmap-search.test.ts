import { describe, expect, it } from 'vitest';
import { formatRoadmapSearch, hasFilters, parseRoadmapSearch } from './roadmap-search';

describe('roadmap filters in the URL', () => {
  it('reads every filter by its Norwegian name', () => {
    const params = new URLSearchParams(
      'produktgruppe=tillitstjenester&produkt=maskintilgang&status=under-arbeid&etikett=program%2Fny-innlogging&q=+openid+',
    );
    expect(parseRoadmapSearch(params)).toEqual({
      group: 'tillitstjenester',
      product: 'maskintilgang',
      status: 'in-progress',
      label: 'program/ny-innlogging',
      q: 'openid',
    });
  });

  it('ignores an unknown status and empty values', () => {
    expect(parseRoadmapSearch(new URLSearchParams('status=in-progress&q=%20&produkt='))).toEqual({
      group: undefined,
      product: undefined,
      status: undefined,
      label: undefined,
      q: undefined,
    });
  });

  it('writes only what is set, and reads back what it wrote', () => {
    const search = { group: 'datadeling', status: 'under-consideration', label: 'org/ks' } as const;
    const params = formatRoadmapSearch(search);
    expect(params.toString()).toBe('produktgruppe=datadeling&status=til-vurdering&etikett=org%2Fks');
    expect(parseRoadmapSearch(params)).toEqual({ ...search, product: undefined, q: undefined });
    expect(formatRoadmapSearch({}).toString()).toBe('');
  });

  it('knows when any filter is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: 'x' })).toBe(true);
    expect(hasFilters({ status: 'delivered' })).toBe(true);
  });
});
