import { AppError } from './app-error';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  cause?: unknown;
}

function pgErrorOf(err: unknown): PgError | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const e = current as PgError;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}

/**
 * Turns the database's integrity errors into the API's codes; anything else is rethrown unchanged.
 * inTransaction applies it to every use case, so references checked only by foreign keys still answer 4xx.
 */
export function translateDbError(err: unknown): never {
  const pg = pgErrorOf(err);
  switch (pg?.code) {
    // PostgreSQL 18 (and so PGlite) reports ON DELETE RESTRICT as restrict_violation; older ones as 23503.
    case '23001':
      throw new AppError('in-use', `still in use (${pg.constraint ?? 'reference'})`);
    case '23505':
      throw new AppError('duplicate', `already exists (${pg.constraint ?? 'unique constraint'})`);
    case '23503':
      throw pg.detail?.includes('is still referenced')
        ? new AppError('in-use', `still in use (${pg.constraint ?? 'reference'})`)
        : new AppError(
            'reference-not-found',
            `refers to something that does not exist (${pg.constraint ?? 'reference'})`,
          );
    case '23514':
      throw new AppError('validation-failed', `violates a rule (${pg.constraint ?? 'check constraint'})`);
    case '40P01':
    case '40001':
      throw new AppError('conflict', 'another change got in the way (deadlock or serialisation); try again');
    default:
      throw err;
  }
}
