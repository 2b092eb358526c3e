/**
 * Renamed and moved repositories, old "owner/repo" → new, both lower case. GitHub redirects the old
 * name, so a listing by it answers issues under the new one; bodies written before still say the old.
 */
export type RepoAliases = ReadonlyMap<string, string>;

/** A lower-case "owner/repo#N" under the repository's current name. */
export function currentKey(aliases: RepoAliases, key: string): string {
  const hash = key.lastIndexOf('#');
  const renamed = hash > 0 ? aliases.get(key.slice(0, hash)) : undefined;
  return renamed ? `${renamed}${key.slice(hash)}` : key;
}
