import { describe, expect, it } from 'vitest';
import { activeFilterCount, formatPortfolioSearch, parsePortfolioSearch } from './portfolio-search';

const GROUP = '3f1c8a52-8c1e-4a39-9d51-6a3e1f0b2c11';

describe('portfolio search in the URL', () => {
  it('reads filters, view and sort from the query', () => {
    const search = parsePortfolioSearch(
      new URLSearchParams(
        `visning=tabell&fase=konsept&status=parked&prioritet=must&helse=red&gruppe=${GROUP}&team=t1&mal=m1&q=  skjema &sort=title&rekkefolge=synkende`,
      ),
    );
    expect(search).toEqual({
      view: 'table',
      phase: 'konsept',
      status: 'parked',
      priority: 'must',
      health: 'red',
      productGroup: GROUP,
      team: 't1',
      goal: 'm1',
      q: 'skjema',
      sort: 'title',
      order: 'desc',
    });
    expect(activeFilterCount(search)).toBe(8);
  });

  it('ignores values the API does not know', () => {
    const search = parsePortfolioSearch(
      new URLSearchParams('status=ukjent&prioritet=høy&helse=blå&sort=colour&q=%20'),
    );
    expect(search).toEqual({ view: 'board', sort: 'key', order: 'asc' });
    expect(activeFilterCount(search)).toBe(0);
  });

  it('writes only what differs from the defaults, and reads back the same', () => {
    expect(formatPortfolioSearch({ view: 'board', sort: 'key', order: 'asc' }).toString()).toBe('');
    const search = {
      view: 'table',
      phase: 'problem',
      health: 'none',
      q: 'Sak 1',
      sort: 'updatedAt',
      order: 'desc',
    } as const;
    const params = formatPortfolioSearch(search);
    expect(params.toString()).toBe(
      'visning=tabell&fase=problem&helse=none&q=Sak+1&sort=updatedAt&rekkefolge=synkende',
    );
    expect(parsePortfolioSearch(params)).toMatchObject(search);
  });
});
