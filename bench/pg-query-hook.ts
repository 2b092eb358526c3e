import pg from 'pg';

type QueryArgs = [unknown, ...unknown[]];
type Callback = (err: unknown, result: unknown) => void;

/**
 * Wraps node-postgres' `Client.prototype.query`: `onQuery` is told of each statement as it is sent
 * (its arguments) and answers what to call with its time, from send to answer, once it is done.
 * Returns the function that puts the original back.
 */
export function hookPgQueries(onQuery: (args: readonly unknown[]) => (ms: number) => void): () => void {
  const proto = pg.Client.prototype as unknown as { query: (...args: QueryArgs) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: QueryArgs) {
    const finish = onQuery(args);
    const start = performance.now();
    const done = () => finish(performance.now() - start);
    const last = args.at(-1);
    if (typeof last === 'function') {
      // The pool's own query() passes a callback: the statement ends when it is called.
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
  return () => {
    proto.query = original;
  };
}
