import { describe, expect, it } from 'vitest';
import type { SyncReport, SyncRun } from '../../../contracts/github-sync';
import { formatRunSummary, retryLines, skippedLines } from './format-run-summary';

const report = (changes: Partial<SyncReport> = {}): SyncReport => ({
  phase: 'done',
  progress: { done: 0, total: null },
  counts: { created: 3, updated: 2, unchanged: 1, deleted: 0, skipped: 0 },
  skipped: [],
  requests: { total: 9, counted: 7, notModified: 2 },
  writes: 0,
  retries: [],
  errors: [],
  rate: {},
  ...changes,
});

const run = (changes: Partial<SyncReport> = {}): SyncRun => ({
  id: '00000000-0000-4000-8000-000000000001',
  trigger: 'import',
  status: 'succeeded',
  startedAt: '2026-06-01T10:00:00.000Z',
  finishedAt: '2026-06-01T10:01:05.000Z',
  startedBy: 'Kari',
  report: report(changes),
});

describe('skippedLines', () => {
  it('lists the first 20 with their reasons and counts the rest from the counts, not the list', () => {
    const skipped = Array.from({ length: 25 }, (_, i) => ({ ref: `o/r#${i + 1}`, reason: 'a pull request' }));
    const lines = skippedLines(report({ skipped, counts: { ...report().counts, skipped: 240 } }));
    expect(lines[0]).toBe('Skipped (240):');
    expect(lines[1]).toBe('  o/r#1  a pull request');
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('  … and 220 more');
    expect(skippedLines(report())).toEqual([]);
  });
});

describe('retryLines', () => {
  it('groups retries by reason, most frequent first, with the time waited', () => {
    const retry = (reason: SyncReport['retries'][number]['reason'], waitedMs: number) => ({
      reason,
      method: 'GET',
      path: '/repos/o/r/issues',
      waitedMs,
    });
    expect(
      retryLines(
        report({
          retries: [
            retry('server-error', 1000),
            retry('secondary-rate-limit', 60_000),
            retry('server-error', 2000),
          ],
        }),
      ),
    ).toEqual([
      'Retries (3):',
      '  server-error  2 (waited 3.0 s)',
      '  secondary-rate-limit  1 (waited 60.0 s)',
    ]);
  });
});

describe('formatRunSummary', () => {
  it('gives the outcome, the counts, the errors, the requests and the rate budget', () => {
    const text = formatRunSummary(
      run({
        errors: [{ ref: 'o/r#4', message: 'not found' }],
        rate: {
          core: { limit: 5000, remaining: 4990, used: 10, resetAt: '2026-06-01T11:00:00.000Z' },
        },
      }),
    );
    expect(text.split('\n')).toEqual([
      'Import succeeded in 1 min 05 s (run 00000000-0000-4000-8000-000000000001).',
      '',
      'Created:    3',
      'Updated:    2',
      'Unchanged:  1',
      'Deleted:    0',
      'Skipped:    0',
      '',
      'Errors (1):',
      '  o/r#4: not found',
      '',
      'Requests:     9 to GitHub, 7 counted against the rate limit, 2 not modified (304); 0 writes',
      'Rate budget:  core 4990/5000 left (resets 2026-06-01 11:00:00Z)',
    ]);
  });
});
