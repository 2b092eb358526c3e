/** A value shown as is in the history: text, number, yes/no or empty. */
export type SimpleValue = string | number | boolean | null;

export interface FieldChange {
  field: string;
  /** Set only when both sides are simple values; lists and objects show as "changed". */
  values: { before: SimpleValue; after: SimpleValue } | null;
}

/** Bookkeeping that changes with every write and says nothing to a reader. */
const BOOKKEEPING = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'phaseChangedAt',
]);

const isSimple = (value: unknown): value is SimpleValue =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ between two snapshots of an entity, in the order the later one lists them. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  if (!before || !after) return [];
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field) && !same(before[field], after[field]))
    .map((field) => {
      const from = before[field] ?? null;
      const to = after[field] ?? null;
      return { field, values: isSimple(from) && isSimple(to) ? { before: from, after: to } : null };
    });
}
