import type { LatencySummary } from './stats';

export interface Row {
  figure: string;
  database: string;
  /** The portfolio's size (1 = 1,000 initiatives and 200,000 issues); absent for the issue-2 figures. */
  scale?: number;
  summary: LatencySummary;
  /** The p95 (or p50, see judgeOn) must stay under this; absent when the figure is only reported. */
  target?: number;
  /** Milliseconds, or a ratio (×) that must not exceed the target. */
  unit?: 'ms' | 'x';
  judgeOn?: 'p50' | 'p95';
  /**
   * False when the target is shown for comparison only (smaller scales, PGlite): the verdict is put in
   * parentheses. A judged figure that misses its target is a failure of the run when `gate` is set.
   */
  judged?: boolean;
  gate?: boolean;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ratio = (v: number) => `${v.toFixed(2)}×`;

/** Whether the row meets its target; undefined when it has none. */
export function meets(row: Row): boolean | undefined {
  if (row.target === undefined) return undefined;
  const value = row.summary[row.judgeOn ?? 'p95'];
  return row.unit === 'x' ? value <= row.target : value < row.target;
}

function targetText(row: Row): string {
  if (row.target === undefined) return '(reported)';
  const on = row.judgeOn === 'p50' ? ' (p50)' : '';
  return row.unit === 'x' ? `≤ ${row.target}×${on}` : `< ${row.target} ms${on}`;
}

function verdict(row: Row): string {
  const met = meets(row);
  if (met === undefined) return '';
  const word = met ? 'yes' : 'NO';
  return row.judged === false ? `(${word.toLowerCase()})` : word;
}

const scaleText = (scale: number | undefined) => (scale === undefined ? '' : String(scale));

/** The figures as a Markdown table, ready for the closing note. */
export function formatTable(rows: Row[]): string {
  const header = ['Figure', 'Database', 'Scale', 'n', 'p50', 'p95', 'max', 'Target', 'Met'];
  const lines = rows.map((r) => {
    const value = r.unit === 'x' ? ratio : ms;
    return [
      r.figure,
      r.database,
      scaleText(r.scale),
      String(r.summary.n),
      value(r.summary.p50),
      value(r.summary.p95),
      value(r.summary.max),
      targetText(r),
      verdict(r),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const note = rows.some((r) => r.unit === 'x')
    ? ['Times in milliseconds. A ratio (×) row divides the p50, p95 and max of the two series above it.', '']
    : [];
  return [...note, format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
