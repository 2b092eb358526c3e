import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CheckReportSchema, type CheckId, type CheckSeverity } from '../../contracts/checks';
import { LocalisedTextSchema } from '../../contracts/workflow';
import { CHECK_CATALOGUE } from './check-catalogue';

const expectedSeverity: Record<CheckId, CheckSeverity> = {
  'implementation-without-roadmap': 'error',
  'dependency-on-inactive': 'error',
  'element-placeholders': 'warning',
  'element-without-epics': 'warning',
  'epic-serves-nothing': 'warning',
  'initiative-without-origin': 'warning',
  'progress-disagrees': 'warning',
  'overdue-end': 'warning',
  'team-over-capacity': 'warning',
  'goal-without-initiative': 'info',
};

describe('CHECK_CATALOGUE', () => {
  it('describes exactly the check ids', () => {
    expect(Object.keys(CHECK_CATALOGUE).sort()).toEqual([...CHECK_IDS].sort());
  });

  it.each(CHECK_IDS)('words %s in nb, nn and en', (id) => {
    const { title, howToFix } = CHECK_CATALOGUE[id];
    for (const localised of [title, howToFix]) {
      expect(LocalisedTextSchema.safeParse(localised).success).toBe(true);
      for (const value of [localised.nb, localised.nn, localised.en]) expect(value.trim()).not.toBe('');
      expect(localised.nb).not.toBe(localised.en);
    }
    // Bokmål and nynorsk are different written languages; every sentence differs somewhere.
    expect(howToFix.nb).not.toBe(howToFix.nn);
    expect(howToFix.en.endsWith('.')).toBe(true);
  });

  it.each(CHECK_IDS)('gives %s its agreed severity', (id) => {
    expect(CHECK_CATALOGUE[id].severity).toBe(expectedSeverity[id]);
  });
});

describe('CheckReportSchema', () => {
  it('accepts a report with every check, and refuses an unknown check id', () => {
    const results = CHECK_IDS.map((id) => ({ id, ...CHECK_CATALOGUE[id], items: [] }));
    const first = results[0];
    if (first === undefined) throw new Error('no checks');
    const item = {
      type: 'initiative' as const,
      id: '00000000-0000-4000-8000-000000000001',
      ref: 'Sak 14-2026',
      title: 'Felles innlogging',
      detail: null,
    };
    const report = {
      checkedAt: '2026-07-02T08:00:00Z',
      results: [{ ...first, items: [item] }, ...results.slice(1)],
      counts: { error: 1, warning: 0, info: 0 },
    };
    expect(CheckReportSchema.safeParse(report).success).toBe(true);
    const unknown = { ...report, results: [{ ...first, id: 'no-such-check' }] };
    expect(CheckReportSchema.safeParse(unknown).success).toBe(false);
  });
});
