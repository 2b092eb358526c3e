import { describe, expect, it } from 'vitest';
import { toCsv } from './portfolio-csv';

describe('portfolio CSV', () => {
  it('separates by semicolon, ends lines with CRLF and starts with a byte-order mark', () => {
    const rows = [
      ['Sak', 'Tittel'],
      ['Sak 1-2026', 'Æ, ø og å'],
    ];
    expect(toCsv(rows)).toBe('\uFEFFSak;Tittel\r\nSak 1-2026;Æ, ø og å\r\n');
  });

  it('quotes fields holding separators, quotes or line breaks', () => {
    expect(toCsv([['a;b', 'si "hei"', 'to\nlinjer']])).toBe('\uFEFF"a;b";"si ""hei""";"to\nlinjer"\r\n');
  });

  it('defuses fields a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'vanlig']])).toBe(
      `\uFEFF"'=HYPERLINK(""x"")";'+1;'-2;'@SUM(A1);vanlig\r\n`,
    );
  });
});
