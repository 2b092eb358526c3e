import { createHash } from 'node:crypto';

/*
 * Deterministic pseudo-random values inside SQL, so rows are generated set-based by the database and
 * every run (PostgreSQL 15 or PGlite's 18) writes the same portfolio. hashint8 is PostgreSQL's own
 * integer hash; its values are the same on every version and platform.
 */

/** A value in [0, 1) for row `n` (an SQL integer expression); `salt` (0–999) makes streams independent. */
export const rnd = (n: string, salt: number): string =>
  `((hashint8((${n})::bigint * 1000 + ${salt}) + 2147483648)::float8 / 4294967296.0)`;

/** An integer in [0, count). */
export const rint = (n: string, salt: number, count: number | string): string =>
  `floor(${rnd(n, salt)} * (${count}))::int`;

/** Clamps an SQL number expression to [lo, hi]. */
export const clamp = (x: string, lo: number, hi: number): string => `least(${hi}, greatest(${lo}, ${x}))`;

/** Each kind of generated row has its own digits in the uuid, so ids never collide across tables. */
const KIND_CODES: Record<string, number> = {
  org: 0x001,
  person: 0x002,
  'product-group': 0x003,
  product: 0x004,
  team: 0x005,
  source: 0x006,
  'strategic-item': 0x007,
  initiative: 0x008,
  'status-update': 0x009,
  element: 0x00a,
  epic: 0x00b,
  issue: 0x00c,
};

/**
 * A version-4-shaped uuid for row `n` of `kind` (the API validates ids as RFC 9562 uuids): random-
 * looking hash digits first, so the ids spread over the indexes as crypto.randomUUID() ones do, then
 * the namespace, the kind and n itself, which make it unique. Built from integers: md5 per row would
 * cost more than the rest of the row.
 */
export function uuidSql(namespace: string, kind: string, n: string): string {
  const code = KIND_CODES[kind];
  if (code === undefined) throw new Error(`no uuid code for ${kind}`);
  const ns = createHash('md5').update(namespace).digest('hex').slice(0, 4);
  const x = `(${n})::bigint`;
  const hex = (v: string, digits: number) => `lpad(to_hex(${v}), ${digits}, '0')`;
  return `format('%s-${ns}-4${code.toString(16).padStart(3, '0')}-8%s-%s', ${hex(`hashint8(${x} * 1000 + ${code})`, 8)},
    ${hex(`hashint8(${x} * 1000 + 500 + ${code}) & 4095`, 3)}, ${hex(x, 12)})::uuid`;
}

/** An SQL text array literal from plain words (no quotes in them). */
export const textArray = (words: readonly string[]): string =>
  `ARRAY[${words.map((w) => `'${w}'`).join(', ')}]::text[]`;
