import {
  CHECK_SEVERITIES,
  type CheckItem,
  type CheckReport,
  type CheckResult,
  type CheckSeverity,
} from '../../../contracts/checks';
import { bokmal } from '../../output/phase-names';

const HEADINGS: Record<CheckSeverity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const MARKS: Record<CheckSeverity, string> = { error: '✗', warning: '!', info: 'i' };

/** The severities at or above `least`: "--severity warning" shows errors and warnings. */
export function severitiesFrom(least: CheckSeverity): CheckSeverity[] {
  return CHECK_SEVERITIES.slice(0, CHECK_SEVERITIES.indexOf(least) + 1);
}

/** "1 error", "2 warnings", "3 info". */
export function countOf(n: number, severity: CheckSeverity): string {
  return severity === 'info' ? `${n} info` : `${n} ${severity}${n === 1 ? '' : 's'}`;
}

/**
 * An item as people look it up: by its reference, else by the id `rodtrad trace` also takes. Its detail
 * is in bokmål, like the check's title above it.
 */
function itemLine(item: CheckItem): string {
  const detail = item.detail === null ? '' : ` — ${bokmal(item.detail)}`;
  return `    ${item.ref ?? item.id}  ${item.title}${detail}`;
}

function resultLines(result: CheckResult): string[] {
  const head = `${result.id}: ${bokmal(result.title)}`;
  if (result.items.length === 0) return [`✓ ${head}`];
  return [
    `${MARKS[result.severity]} ${head} (${result.items.length})`,
    ...result.items.map(itemLine),
    `  How to fix: ${bokmal(result.howToFix)}`,
  ];
}

/**
 * The report for people: a section per severity shown, each check with its id, its (bokmål) title,
 * the offending items (with their bokmål details) and how to fix them; checks that found nothing on
 * one line. Ends with the counts of the whole report, also when --severity hid some of it.
 */
export function formatCheckReport(report: CheckReport, shown: readonly CheckSeverity[]): string {
  const lines: string[] = [];
  for (const severity of shown) {
    const results = report.results.filter((r) => r.severity === severity);
    if (results.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${HEADINGS[severity]}:`);
    for (const result of results) lines.push(...resultLines(result));
  }
  const passed = report.results.filter((r) => r.items.length === 0).length;
  const counts = CHECK_SEVERITIES.map((s) => countOf(report.counts[s], s)).join(', ');
  if (lines.length > 0) lines.push('');
  lines.push(`${counts} (${report.results.length} checks, ${passed} passed, checked ${report.checkedAt})`);
  return lines.join('\n');
}
