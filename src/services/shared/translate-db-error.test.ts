import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { translateDbError } from './translate-db-error';

const pgError = (code: string, detail?: string) =>
  Object.assign(new Error('pg'), { code, detail, constraint: 'c' });
const codeOf = (err: unknown) => {
  try {
    translateDbError(err);
  } catch (e) {
    return e instanceof AppError ? e.code : 'rethrown';
  }
  return 'returned';
};

describe('translateDbError', () => {
  it('maps integrity errors and lost races to API codes, also when wrapped', () => {
    expect(codeOf(pgError('23505'))).toBe('duplicate');
    expect(codeOf(pgError('23503', 'Key (id) is not present'))).toBe('reference-not-found');
    expect(codeOf(pgError('23503', 'Key (id) is still referenced from table "x"'))).toBe('in-use');
    expect(codeOf(pgError('23001'))).toBe('in-use');
    expect(codeOf(pgError('23514'))).toBe('validation-failed');
    expect(codeOf(pgError('40P01'))).toBe('conflict');
    expect(codeOf(Object.assign(new Error('drizzle'), { cause: pgError('40001') }))).toBe('conflict');
  });

  it('rethrows everything else unchanged', () => {
    expect(codeOf(new TypeError('bug'))).toBe('rethrown');
    expect(codeOf(new AppError('not-found', 'x'))).toBe('not-found');
    expect(codeOf(pgError('42P01'))).toBe('rethrown');
  });
});
