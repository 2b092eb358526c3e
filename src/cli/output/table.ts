export interface Column<T> {
  header: string;
  value(row: T): string;
  align?: 'left' | 'right';
  /** Longer cells are cut with "…" so one long title does not push the table off the screen. */
  maxWidth?: number;
}

/** Width in terminal columns, for the text this CLI prints (Latin letters, æøå, ✓ ✗ →). */
export const displayWidth = (text: string): number => [...text].length;

export function truncate(text: string, maxWidth: number): string {
  const chars = [...text];
  return chars.length <= maxWidth ? text : `${chars.slice(0, Math.max(0, maxWidth - 1)).join('')}…`;
}

const pad = (text: string, width: number, align: 'left' | 'right') => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
};

/** An aligned plain-text table: a header, a rule, one line per row; no trailing spaces. */
export function formatTable<T>(columns: Column<T>[], rows: T[]): string {
  const cells = rows.map((row) =>
    columns.map((c) => {
      const text = c.value(row).replace(/\s+/g, ' ');
      return c.maxWidth ? truncate(text, c.maxWidth) : text;
    }),
  );
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/** "Label:  value" lines with the values aligned; multi-line values are indented under themselves. */
export function formatFields(fields: [label: string, value: string][]): string {
  const width = Math.max(0, ...fields.map(([label]) => displayWidth(label) + 1));
  return fields
    .map(([label, value]) => {
      const [first = '', ...rest] = value.split('\n');
      const indent = ' '.repeat(width + 2);
      return [
        `${pad(`${label}:`, width, 'left')}  ${first}`.trimEnd(),
        ...rest.map((l) => `${indent}${l}`.trimEnd()),
      ].join('\n');
    })
    .join('\n');
}

/** How an empty, missing or list value shows in a table or field list. */
export function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '-';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
