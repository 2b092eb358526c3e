import { describe, expect, it } from 'vitest';
import { ELEMENT_STATUSES } from '../../contracts/roadmap';
import { parseDecimal, parseLooseDate, progressOf, roadmapStatusName, roadmapStatusOf } from './field-values';

describe('parseDecimal', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 3 ', 3],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1.234.567,5', 1234567.5],
    ['1,234.5', 1234.5],
    ['ca 4', 4],
    ['ca. 4,5 uker', 4.5],
    ['~6', 6],
    ['-2', -2],
    [7, 7],
    [0, 0],
  ] as const)('%j → %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', '   ', 'abc', '12-18', '3 4', 'Q3', null, Number.NaN, Number.POSITIVE_INFINITY])(
    '%j → null',
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );
});

describe('parseLooseDate', () => {
  const reference = '2026-03-01';
  it.each([
    ['2026-05-13', '2026-05-13'],
    ['2026-05-13T00:00:00Z', '2026-05-13'],
    ['13.05.2026', '2026-05-13'],
    ['13.05', '2026-05-13'],
    ['13.05.', '2026-05-13'],
    ['15/10', '2026-10-15'],
    ['15/10/2027', '2027-10-15'],
    ['31.08.26', '2026-08-31'],
    ['1.2.2025', '2025-02-01'],
    ['13-05-2026', '2026-05-13'],
    ['13. mai 2026', '2026-05-13'],
    ['3 okt', '2026-10-03'],
    ['29.02.2028', '2028-02-29'],
  ])('%j → %s', (text, date) => {
    expect(parseLooseDate(text, reference)).toBe(date);
  });

  it.each([
    '30.02.2026',
    '29.02',
    '32.01',
    '13.13',
    '2026-13-01',
    'Q3 2026',
    'snart',
    '',
    null,
    '12-18',
    '13.05/2026',
  ])('%j → null', (text) => {
    expect(parseLooseDate(text, reference)).toBeNull();
  });

  it('refuses a reference date that is not YYYY-MM-DD', () => {
    expect(() => parseLooseDate('13.05', '01.03.2026')).toThrow(/referenceDate/);
  });
});

describe('roadmapStatusOf and roadmapStatusName', () => {
  it.each([
    ['Til vurdering', 'under-consideration'],
    ['til  vurdering ', 'under-consideration'],
    ['Backlog', 'backlog'],
    ['📋 BACKLOG', 'backlog'],
    ['Under arbeid', 'in-progress'],
    ['🚧 Under arbeid', 'in-progress'],
    ['Levert', 'delivered'],
    ['✅ Levert ✅', 'delivered'],
    ['Done', 'delivered'],
    ['In Progress', 'in-progress'],
  ] as const)('%j → %s', (name, status) => {
    expect(roadmapStatusOf(name)).toBe(status);
  });

  it('gives null for unknown names and null', () => {
    expect(roadmapStatusOf('Parkert')).toBeNull();
    expect(roadmapStatusOf('')).toBeNull();
    expect(roadmapStatusOf(null)).toBeNull();
  });

  it('names every status the way the board does, and reads its own names back', () => {
    expect(ELEMENT_STATUSES.map(roadmapStatusName)).toEqual([
      'Til vurdering',
      'Backlog',
      'Under arbeid',
      'Levert',
    ]);
    for (const status of ELEMENT_STATUSES) expect(roadmapStatusOf(roadmapStatusName(status))).toBe(status);
  });
});

describe('progressOf', () => {
  it.each([
    ['40', 40],
    ['40 %', 40],
    ['40%', 40],
    ['12,5 %', 12.5],
    [40, 40],
    [0, 0],
    [100, 100],
    [0.4, 0.4],
  ] as const)('%j → %d percent', (value, percent) => {
    expect(progressOf(value)).toBe(percent);
  });

  it.each(['', 'halvveis', '-5', '140 %', 101, -1, null])('%j → null', (value) => {
    expect(progressOf(value)).toBeNull();
  });
});
