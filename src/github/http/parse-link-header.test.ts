import { describe, expect, it } from 'vitest';
import { parseLinkHeader } from './parse-link-header';

describe('parseLinkHeader', () => {
  it('reads page-number links', () => {
    const header =
      '<https://api.github.com/repos/o/r/issues?page=2&per_page=100>; rel="next", ' +
      '<https://api.github.com/repos/o/r/issues?page=5&per_page=100>; rel="last"';
    expect(parseLinkHeader(header)).toEqual({
      next: 'https://api.github.com/repos/o/r/issues?page=2&per_page=100',
      last: 'https://api.github.com/repos/o/r/issues?page=5&per_page=100',
    });
  });

  it('reads cursor links whose URLs hold commas and semicolons', () => {
    const header =
      '<https://api.github.com/orgs/o/projectsV2/1/items?fields=1,2&after=Y3Vy;c29y>; rel="next", ' +
      '<https://api.github.com/orgs/o/projectsV2/1/items?fields=1,2&before=YQ>; rel="prev"';
    expect(parseLinkHeader(header)).toEqual({
      next: 'https://api.github.com/orgs/o/projectsV2/1/items?fields=1,2&after=Y3Vy;c29y',
      prev: 'https://api.github.com/orgs/o/projectsV2/1/items?fields=1,2&before=YQ',
    });
  });

  it('gives no links for a missing or odd header', () => {
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader('nonsense')).toEqual({});
    expect(parseLinkHeader('<https://x/y>; rel="alternate"')).toEqual({});
  });
});
