import type { SyncReport, SyncRun, SyncTrigger } from '../../../contracts/github-sync';
import { formatFields } from '../../output/table';
import { formatRate } from './format-rate';

/** Lists are cut after this many lines; the rest is counted. */
export const LISTED_LINES = 20;

export const TRIGGER_NAMES: Record<SyncTrigger, string> = {
  import: 'Import',
  reconcile: 'Sync',
  'full-reconcile': 'Full sync',
  webhooks: 'Webhook batch',
  'write-back': 'Write-back',
};

/** "3.2 s", "4 min 05 s"; null while the run is going. */
export function durationOf(run: SyncRun): string | null {
  if (run.finishedAt === null) return null;
  const ms = Math.max(0, Date.parse(run.finishedAt) - Date.parse(run.startedAt));
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The first lines of a list and "… and N more", where N counts also what the list does not hold. */
function cut(lines: string[], total: number): string[] {
  const shown = lines.slice(0, LISTED_LINES);
  const more = total - shown.length;
  return more > 0 ? [...shown, `  … and ${more} more`] : shown;
}

/** "Skipped (N):" with each item and why; the report lists the first ones, its count has them all. */
export function skippedLines(report: SyncReport): string[] {
  const total = Math.max(report.counts.skipped, report.skipped.length);
  if (total === 0) return [];
  return [
    `Skipped (${total}):`,
    ...cut(
      report.skipped.map((s) => `  ${s.ref}  ${s.reason}`),
      total,
    ),
  ];
}

export function errorLines(report: SyncReport): string[] {
  if (report.errors.length === 0) return [];
  const lines = report.errors.map((e) => `  ${e.ref === null ? '' : `${e.ref}: `}${e.message}`);
  return [`Errors (${report.errors.length}):`, ...cut(lines, report.errors.length)];
}

/** Retries grouped by why, most frequent first, with the time waited for them. */
export function retryLines(report: SyncReport): string[] {
  if (report.retries.length === 0) return [];
  const byReason = new Map<string, { count: number; waitedMs: number }>();
  for (const r of report.retries) {
    const group = byReason.get(r.reason) ?? { count: 0, waitedMs: 0 };
    group.count += 1;
    group.waitedMs += r.waitedMs;
    byReason.set(r.reason, group);
  }
  const groups = [...byReason].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  return [
    `Retries (${report.retries.length}):`,
    ...groups.map(([reason, g]) => `  ${reason}  ${g.count} (waited ${(g.waitedMs / 1000).toFixed(1)} s)`),
  ];
}

export function requestsLine(report: SyncReport): string {
  const r = report.requests;
  return `${r.total} to GitHub, ${r.counted} counted against the rate limit, ${r.notModified} not modified (304); ${report.writes} writes`;
}

/**
 * What a finished run did, for people: the outcome, the counts, what was skipped and why, what was
 * retried, the errors, the requests and the rate budget left.
 */
export function formatRunSummary(run: SyncRun): string {
  const report = run.report;
  const took = durationOf(run);
  const head = `${TRIGGER_NAMES[run.trigger]} ${run.status}${took ? ` in ${took}` : ''} (run ${run.id}).`;
  const c = report.counts;
  const sections = [
    [head],
    formatFields([
      ['Created', String(c.created)],
      ['Updated', String(c.updated)],
      ['Unchanged', String(c.unchanged)],
      ['Deleted', String(c.deleted)],
      ['Skipped', String(c.skipped)],
    ]).split('\n'),
    skippedLines(report),
    retryLines(report),
    errorLines(report),
    formatFields([
      ['Requests', requestsLine(report)],
      ['Rate budget', formatRate(report.rate)],
    ]).split('\n'),
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}
