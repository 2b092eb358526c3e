import { AppError } from './app-error';

/** Cursors are opaque to clients: base64url of a JSON tuple. */
export function encodeCursor(parts: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number | null)[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === length &&
      parts.every((p) => p === null || typeof p === 'string' || typeof p === 'number')
    ) {
      return parts as (string | number | null)[];
    }
  } catch {
    // falls through to the error below: a cursor that is not ours is bad input, not a server error
  }
  throw new AppError('validation-failed', 'cursor is not valid', {
    issues: [{ path: 'cursor', message: 'not a cursor this list gave out' }],
  });
}
