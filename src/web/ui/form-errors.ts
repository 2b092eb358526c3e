/** The value at a zod issue's path in what was validated; undefined when the path leads nowhere. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** One error per field, the first found: a field shows one message at a time. */
export function firstPerField<E extends { path: string }>(errors: readonly E[]): E[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.path) && seen.add(error.path));
}
