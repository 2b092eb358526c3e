import { describe, expect, it } from 'vitest';
import { defaultGraphqlUrl } from './default-graphql-url';

describe('defaultGraphqlUrl', () => {
  it('uses api.github.com/graphql for github.com', () => {
    expect(defaultGraphqlUrl('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(defaultGraphqlUrl('https://api.github.com/')).toBe('https://api.github.com/graphql');
  });

  it('maps a GitHub Enterprise Server base /api/v3 to /api/graphql on the same host', () => {
    expect(defaultGraphqlUrl('https://ghe.example/api/v3')).toBe('https://ghe.example/api/graphql');
    expect(defaultGraphqlUrl('https://ghe.example:8443/api/v3/')).toBe(
      'https://ghe.example:8443/api/graphql',
    );
  });
});
