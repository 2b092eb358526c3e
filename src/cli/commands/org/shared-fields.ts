import type { FlagSpec } from '../crud/field-flags';

export const slugFlag: FlagSpec = {
  field: 'slug',
  flags: '--slug <slug>',
  description: 'short name used in URLs',
  kind: 'text',
  required: true,
};
export const nameFlag: FlagSpec = {
  field: 'name',
  flags: '--name <name>',
  description: 'name',
  kind: 'text',
  required: true,
};
/** The fields every stored entity shows last. */
export const meta = (row: { id: string; version: number; updatedAt: string }): [string, string][] => [
  ['Id', row.id],
  ['Version', String(row.version)],
  ['Updated', row.updatedAt],
];
