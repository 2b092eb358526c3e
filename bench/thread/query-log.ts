import { hookPgQueries } from '../pg-query-hook';

export interface LoggedQuery {
  text: string;
  values: unknown[];
  ms: number;
}

/**
 * Records every statement node-postgres sends while `work` runs (the bench runs one request at a time,
 * so they are that request's), with its time from send to answer. PostgreSQL only.
 */
export async function logQueries<T>(work: () => Promise<T>): Promise<{ value: T; queries: LoggedQuery[] }> {
  const queries: LoggedQuery[] = [];
  const restore = hookPgQueries(([first, second]) => {
    const config =
      typeof first === 'string' ? { text: first } : (first as { text?: string; values?: unknown[] });
    const entry: LoggedQuery = {
      text: config.text ?? '',
      values: Array.isArray(second) ? second : (config.values ?? []),
      ms: 0,
    };
    queries.push(entry);
    return (ms) => (entry.ms = ms);
  });
  try {
    const value = await work();
    return { value, queries };
  } finally {
    restore();
  }
}
