import { createHash } from 'node:crypto';

/**
 * A digest of what an import writes from an issue. The values are built in a fixed key order by the
 * mappers, so the same issue gives the same digest; any change to what would be written changes it.
 */
export const digestOf = (written: unknown): string =>
  createHash('sha1').update(JSON.stringify(written)).digest('base64url');
