/** Link rows (owner, linked id) grouped by owner, in the rows' order. */
export function groupPairs(rows: readonly { owner: string; value: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const values = map.get(r.owner);
    if (values) values.push(r.value);
    else map.set(r.owner, [r.value]);
  }
  return map;
}
