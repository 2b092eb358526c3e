import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new unguessable secret (256 bits), with a prefix that says what it is ("rdt_" for API tokens). */
export const newSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;

/** Secrets are stored as their SHA-256: a copy of the database signs nobody in. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Compares two strings without leaking where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
