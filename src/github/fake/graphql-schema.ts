import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';

let schema: GraphQLSchema | null = null;

/** GitHub's public GraphQL schema, built once per process (about half a second). */
export function githubGraphqlSchema(): GraphQLSchema {
  if (!schema) {
    const sdl = readFileSync(new URL('./data/github-schema.graphql', import.meta.url), 'utf8');
    schema = buildSchema(sdl, { assumeValidSDL: true });
  }
  return schema;
}
