import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as documents from './graphql-documents';

const SCHEMA_FILE = fileURLToPath(new URL('../fake/data/github-schema.graphql', import.meta.url));

/** Every exported document (queries and mutations; fragments are checked inside them). */
const sent = Object.entries(documents).filter(
  (entry): entry is [string, string] =>
    typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]),
);

/** Connection fields asked without `first` or `last`, as "Type.field". */
function unboundedConnections(schema: GraphQLSchema, source: string): string[] {
  const typeInfo = new TypeInfo(schema);
  const found: string[] = [];
  visit(
    parse(source),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        if (!type || !getNamedType(type).name.endsWith('Connection')) return;
        const args = (node.arguments ?? []).map((a) => a.name.value);
        if (!args.includes('first') && !args.includes('last')) {
          found.push(`${typeInfo.getParentType()?.name ?? '?'}.${node.name.value}`);
        }
      },
    }),
  );
  return found;
}

describe('graphql-documents', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'), { assumeValidSDL: true });
  });

  it('exports the documents the client sends', () => {
    expect(sent.map(([name]) => name).sort()).toEqual(['ISSUE_NODES_QUERY', 'RATE_LIMIT_QUERY']);
  });

  it.each(sent)('%s is valid against GitHub’s public schema', (_name, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it.each(sent)('%s bounds every connection with first or last', (_name, source) => {
    expect(unboundedConnections(schema, source)).toEqual([]);
  });

  it('the connection check catches an unbounded connection', () => {
    expect(unboundedConnections(schema, 'query { viewer { repositories { totalCount } } }')).toEqual([
      'User.repositories',
    ]);
  });

  it('the validation catches a field the schema lacks', () => {
    const wrong = documents.buildNodesQuery('fragment F on Issue { id progress }');
    expect(validate(schema, parse(wrong)).length).toBeGreaterThan(0);
  });
});
