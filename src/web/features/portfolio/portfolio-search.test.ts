import { describe, expect, it } from 'vitest';
import { formatPortfolioSearch, parsePortfolioSearch } from './portfolio-search';

describe('portfolio search in the URL', () => {
  it('reads filters, view and sort from the query', () => {
    const search = parsePortfolioSearch(
      new URLSearchParams(
        'visning=tabell&fase=konsept&status=parked&prioritet=must&q=  skjema &sort=title&rekkefolge=synkende',
      ),
    );
    expect(search).toEqual({
      view: 'table',
      phase: 'konsept',
      status: 'parked',
      priority: 'must',
      q: 'skjema',
      sort: 'title',
      order: 'desc',
    });
  });

  it('ignores values the API does not know', () => {
    const search = parsePortfolioSearch(new URLSearchParams('status=ukjent&prioritet=høy&sort=colour&q=%20'));
    expect(search).toEqual({
      view: 'board',
      phase: undefined,
      status: undefined,
      priority: undefined,
      q: undefined,
      sort: 'key',
      order: 'asc',
    });
  });

  it('writes only what differs from the defaults, and reads back the same', () => {
    expect(formatPortfolioSearch({ view: 'board', sort: 'key', order: 'asc' }).toString()).toBe('');
    const search = { view: 'table', phase: 'problem', q: 'Sak 1', sort: 'updatedAt', order: 'desc' } as const;
    const params = formatPortfolioSearch(search);
    expect(params.toString()).toBe('visning=tabell&fase=problem&q=Sak+1&sort=updatedAt&rekkefolge=synkende');
    expect(parsePortfolioSearch(params)).toMatchObject(search);
  });
});
