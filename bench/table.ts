import type { LatencySummary } from './stats';

export interface Row {
  figure: string;
  database: string;
  summary: LatencySummary;
  /** The p95 must stay under this, in milliseconds; absent when the figure is only reported. */
  targetMs?: number;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

/** The figures as a Markdown table, ready for the closing note. */
export function formatTable(rows: Row[]): string {
  const header = ['Figure', 'Database', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'Target (p95)', 'Met'];
  const lines = rows.map((r) => [
    r.figure,
    r.database,
    String(r.summary.n),
    ms(r.summary.p50),
    ms(r.summary.p95),
    ms(r.summary.p99),
    r.targetMs === undefined ? '(reported)' : `< ${r.targetMs} ms`,
    r.targetMs === undefined ? '' : r.summary.p95 < r.targetMs ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
