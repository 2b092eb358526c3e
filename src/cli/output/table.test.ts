import { describe, expect, it } from 'vitest';
import { formatFields, formatTable, show } from './table';

describe('formatTable', () => {
  it('aligns columns by the widest cell, counting æøå as one column', () => {
    const rows = [
      { name: 'Bjørn', n: 7 },
      { name: 'Åse Kristine', n: 12 },
    ];
    const out = formatTable(
      [
        { header: 'NAME', value: (r: (typeof rows)[number]) => r.name },
        { header: 'N', value: (r) => String(r.n), align: 'right' },
      ],
      rows,
    );
    expect(out.split('\n')).toEqual([
      'NAME           N',
      '------------  --',
      'Bjørn          7',
      'Åse Kristine  12',
    ]);
  });

  it('cuts long cells and flattens line breaks', () => {
    const out = formatTable([{ header: 'T', value: (r: string) => r, maxWidth: 6 }], ['a\nb', 'abcdefghij']);
    expect(out.split('\n').slice(2)).toEqual(['a b', 'abcde…']);
  });
});

describe('formatFields', () => {
  it('aligns values and indents continuation lines', () => {
    expect(
      formatFields([
        ['Key', 'Sak 1-2026'],
        ['Description', 'line one\nline two'],
      ]),
    ).toBe('Key:          Sak 1-2026\nDescription:  line one\n              line two');
  });
});

describe('show', () => {
  it('shows missing values as a dash and lists comma-separated', () => {
    expect([show(null), show(''), show([]), show(['a', 'b']), show(3)]).toEqual(['-', '-', '-', 'a, b', '3']);
  });
});
