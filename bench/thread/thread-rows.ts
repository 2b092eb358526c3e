import type { LatencySummary } from '../stats';
import type { Row } from '../table';

/** Issue 3's targets (ms unless said otherwise), judged on PostgreSQL at scale 1. */
export const THREAD_TARGETS = {
  recompute: 10_000,
  closeIssue: 50,
  portfolioRollup: 150,
  /** GET /rollup over the direct SQL query, p50 over p50. */
  rollupRatio: 1.5,
  trace: 50,
  checks: 2_000,
};

/** Builds the rows of one database at one scale: the gate is PostgreSQL at scale 1. */
export class ThreadRows {
  readonly rows: Row[] = [];
  /** What the figures alone do not show: row counts, how often progress rose, what the checks found. */
  readonly notes: string[] = [];
  private readonly judged: boolean;

  constructor(
    private readonly database: string,
    private readonly scale: number,
  ) {
    this.judged = database === 'PostgreSQL' && scale === 1;
  }

  add(figure: string, summary: LatencySummary, target?: number, extra: Partial<Row> = {}): void {
    this.rows.push({
      figure,
      database: this.database,
      scale: this.scale,
      summary,
      ...(target === undefined ? {} : { target, judged: this.judged, gate: this.judged }),
      ...extra,
    });
  }

  note(line: string): void {
    this.notes.push(`${this.database} at scale ${this.scale}: ${line}`);
  }

  /** The API's series divided by the direct query's, percentile by percentile; judged when a target is given. */
  ratio(figure: string, api: LatencySummary, direct: LatencySummary, target?: number): void {
    const summary: LatencySummary = {
      n: Math.min(api.n, direct.n),
      p50: api.p50 / direct.p50,
      p95: api.p95 / direct.p95,
      p99: api.p99 / direct.p99,
      max: api.max / direct.max,
    };
    this.add(figure, summary, target, { unit: 'x', ...(target === undefined ? {} : { judgeOn: 'p50' }) });
  }
}

/** One sample as a series of one, for figures measured once (seeding). */
export const once = (ms: number): LatencySummary => ({ n: 1, p50: ms, p95: ms, p99: ms, max: ms });
