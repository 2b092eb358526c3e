import { GithubError, type GraphqlErrorEntry } from './github-error';

/** GraphQL data, with the NOT_FOUND errors of nodes that no longer exist when there were some. */
export type GraphqlData<T> = T & { partialErrors?: GraphqlErrorEntry[] };

function entries(errors: unknown[], redact: (text: string) => string): GraphqlErrorEntry[] {
  return errors.map((raw) => {
    const e = (raw ?? {}) as { type?: unknown; message?: unknown; path?: unknown };
    const entry: GraphqlErrorEntry = {
      message: typeof e.message === 'string' ? redact(e.message) : 'no message',
    };
    if (typeof e.type === 'string') entry.type = e.type;
    if (Array.isArray(e.path))
      entry.path = e.path.filter((p) => typeof p === 'string' || typeof p === 'number');
    return entry;
  });
}

/**
 * The `data` of a GraphQL answer. Errors fail it, except when data came and every error is a node not
 * found (a deleted issue among many asked for): then the data is returned with `partialErrors`.
 */
export function readGraphqlData<T>(
  body: unknown,
  where: { path: string; redact: (text: string) => string },
): GraphqlData<T> {
  const { data, errors } = (body ?? {}) as { data?: unknown; errors?: unknown };
  const list = Array.isArray(errors) ? entries(errors, where.redact) : [];
  const hasData = typeof data === 'object' && data !== null;
  if (hasData && list.length === 0) return data as GraphqlData<T>;
  if (hasData && list.every((e) => e.type === 'NOT_FOUND')) {
    return Object.assign(data, { partialErrors: list }) as GraphqlData<T>;
  }
  throw new GithubError({
    code: 'graphql',
    method: 'POST',
    path: where.path,
    status: 200,
    githubMessage: list.length ? list.map((e) => e.message).join('; ') : 'the answer carries no data',
    graphqlErrors: list,
  });
}
