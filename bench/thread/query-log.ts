import pg from 'pg';

export interface LoggedQuery {
  text: string;
  values: unknown[];
  ms: number;
}

type QueryArgs = [unknown, ...unknown[]];
type Callback = (err: unknown, result: unknown) => void;

/**
 * Records every statement node-postgres sends while `work` runs (the bench runs one request at a time,
 * so they are that request's), with its time from send to answer. PostgreSQL only.
 */
export async function logQueries<T>(work: () => Promise<T>): Promise<{ value: T; queries: LoggedQuery[] }> {
  const queries: LoggedQuery[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: QueryArgs) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: QueryArgs) {
    const [first, second] = args;
    const config =
      typeof first === 'string' ? { text: first } : (first as { text?: string; values?: unknown[] });
    const entry: LoggedQuery = {
      text: config.text ?? '',
      values: Array.isArray(second) ? second : (config.values ?? []),
      ms: 0,
    };
    queries.push(entry);
    const start = performance.now();
    const done = () => (entry.ms = performance.now() - start);
    const last = args.at(-1);
    if (typeof last === 'function') {
      // The pool's own query() passes a callback; time until it is called.
      const callback = last as Callback;
      args[args.length - 1] = (err: unknown, result: unknown) => {
        done();
        callback(err, result);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) void result.then(done, done);
    return result;
  };
  try {
    const value = await work();
    return { value, queries };
  } finally {
    proto.query = original;
  }
}
