import type { LatencySummary } from '../stats';

/** What a GitHub figure counts: most are not times, so they get a table of their own. */
export type GithubUnit = 'ms' | 's' | 'requests' | 'pages' | 'x' | 'MB';

export interface GithubFigure {
  figure: string;
  database: string;
  scale: number;
  /** One value, or a series (webhook latencies) judged on its p95. */
  value: number | LatencySummary;
  unit: GithubUnit;
  /** The value (a series' p95) must stay under it, or at most reach it with `atMost`. */
  target?: number;
  atMost?: boolean;
  /** False: the verdict is shown for comparison only, in parentheses (smaller scales, PGlite). */
  judged: boolean;
}

const judgedValue = (f: GithubFigure) => (typeof f.value === 'number' ? f.value : f.value.p95);

/** Whether the figure meets its target; undefined when it has none. */
export function meetsGithub(f: GithubFigure): boolean | undefined {
  if (f.target === undefined) return undefined;
  const v = judgedValue(f);
  return f.atMost ? v <= f.target : v < f.target;
}

const plain = (v: number, unit: GithubUnit): string => {
  switch (unit) {
    case 'ms':
      return `${v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1)} ms`;
    case 's':
      return `${v.toFixed(1)} s`;
    case 'x':
      return `${v.toFixed(2)}×`;
    case 'MB':
      return `${Math.round(v).toLocaleString('en')} MB`;
    default:
      return `${Math.round(v).toLocaleString('en')} ${unit}`;
  }
};

function valueText(f: GithubFigure): string {
  if (typeof f.value === 'number') return plain(f.value, f.unit);
  const s = f.value;
  return `p50 ${plain(s.p50, f.unit)}, p95 ${plain(s.p95, f.unit)}, max ${plain(s.max, f.unit)} (n ${s.n})`;
}

function targetText(f: GithubFigure): string {
  if (f.target === undefined) return '(reported)';
  const on = typeof f.value === 'number' ? '' : ' (p95)';
  return `${f.atMost ? '≤' : '<'} ${plain(f.target, f.unit)}${on}`;
}

function verdict(f: GithubFigure): string {
  const met = meetsGithub(f);
  if (met === undefined) return '';
  const word = met ? 'yes' : 'NO';
  return f.judged ? word : `(${word.toLowerCase()})`;
}

/** The GitHub figures as a Markdown table, like the other suites' but with a unit per value. */
export function formatGithubTable(figures: readonly GithubFigure[]): string {
  const header = ['Figure', 'Database', 'Scale', 'Value', 'Target', 'Met'];
  const lines = figures.map((f) => [
    f.figure,
    f.database,
    String(f.scale),
    valueText(f),
    targetText(f),
    verdict(f),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
