import { normaliseHeading } from './markdown-sections';

/** The headings (any wording, normalised when compared) that name each kind of section. */
export type HeadingAliases<K extends string> = Readonly<Record<K, readonly string[]>>;

function entries<K extends string>(aliases: HeadingAliases<K>): Array<[K, string]> {
  return (Object.keys(aliases) as K[]).flatMap((kind) =>
    aliases[kind].map((alias): [K, string] => [kind, normaliseHeading(alias)]),
  );
}

/**
 * The kind a normalised heading names: an exact alias first; otherwise the longest alias the heading
 * starts with, followed by a space or '(' ("problemstilling og bakgrunn" → problemstilling).
 */
export function headingKind<K extends string>(key: string, aliases: HeadingAliases<K>): K | null {
  const all = entries(aliases);
  const exact = all.find(([, alias]) => alias === key);
  if (exact) return exact[0];
  const prefixed = all
    .filter(([, alias]) => key.startsWith(`${alias} `) || key.startsWith(`${alias}(`))
    .sort(([, a], [, b]) => b.length - a.length);
  return prefixed[0]?.[0] ?? null;
}

/** Every alias of every kind, for `splitSections`'s known headings. */
export function allAliases<K extends string>(aliases: HeadingAliases<K>): string[] {
  return entries(aliases).map(([, alias]) => alias);
}
