import { GraphQLError } from 'graphql';

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const MAX_PAGE = 100;

function cursorOf(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function indexOf(cursor: string, name: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match?.[1]) throw new GraphQLError(`\`${cursor}\` does not appear to be a valid cursor for ${name}.`);
  return Number(match[1]);
}

/**
 * A GitHub connection over a list: `first`/`last` are required and at most 100, cursors are positions.
 * Only the page is turned into sources, so a large list costs its slice.
 */
export function connection<T>(
  name: string,
  list: readonly T[],
  args: ConnectionArgs,
  toSource: (item: T) => unknown,
): Record<string, unknown> {
  const { first, last, after, before } = args;
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const [argument, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (typeof value === 'number' && (value < 0 || value > MAX_PAGE)) {
      throw new GraphQLError(
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of ${MAX_PAGE} records.`,
      );
    }
  }
  let start = after ? indexOf(after, name) + 1 : 0;
  let end = before ? indexOf(before, name) : list.length;
  end = Math.min(end, list.length);
  start = Math.min(start, end);
  if (typeof first === 'number') end = Math.min(end, start + first);
  if (typeof last === 'number') start = Math.max(start, end - last);
  const page = list.slice(start, end);
  const edges = page.map((item, i) => ({ cursor: cursorOf(start + i), node: toSource(item) }));
  return {
    totalCount: list.length,
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: end < list.length,
      hasPreviousPage: start > 0,
      startCursor: page.length > 0 ? cursorOf(start) : null,
      endCursor: page.length > 0 ? cursorOf(end - 1) : null,
    },
  };
}
