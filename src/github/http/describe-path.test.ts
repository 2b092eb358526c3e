import { describe, expect, it } from 'vitest';
import { describePath } from './describe-path';

describe('describePath', () => {
  it('names the path below the API base, on github.com and on GHES', () => {
    expect(describePath(new URL('https://api.github.com/repos/o/r/issues?page=2'), '')).toBe(
      '/repos/o/r/issues?page=2',
    );
    expect(describePath(new URL('https://ghe.example/api/v3/repos/o/r'), '/api/v3/')).toBe('/repos/o/r');
    expect(describePath(new URL('https://ghe.example/api/graphql'), '/api/v3')).toBe('/api/graphql');
  });

  it('blanks secret-looking query values', () => {
    expect(
      describePath(new URL('https://api.github.com/x?access_token=abc&client_secret=s&state=all'), ''),
    ).toBe('/x?access_token=***&client_secret=***&state=all');
  });
});
