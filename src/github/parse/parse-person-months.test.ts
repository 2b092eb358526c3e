import { describe, expect, it } from 'vitest';
import { parsePersonMonths } from './parse-person-months';

describe('parsePersonMonths', () => {
  it.each([
    ['ca. 18 månedsverk', 18],
    ['18', 18],
    ['12-18', 18],
    ['12 – 18 månedsverk (avhengig av omfang)', 18],
    ['12 til 18 mnd', 18],
    ['2,5 årsverk', 30],
    ['1 år', 12],
    ['6 mnd', 6],
    ['6 md.', 6],
    ['3 personer i 6 måneder', 18],
    ['2 FTE i 1 år', 24],
    ['3 x 4 mnd', 12],
    ['26 uker', 6],
    ['Utvikler: 6\nDesigner: 3\nJurist: 1,5', 10.5],
    ['2026: 6 mnd\n2027: 12 mnd', 18],
    ['Utvikling 10 månedsverk, drift 2.\nTotalt: 14 månedsverk', 14],
    ['Oppstart Q3 2026, ca 9 månedsverk', 9],
  ])('%j → %d', (text, months) => {
    expect(parsePersonMonths(text)).toBe(months);
  });

  it.each(['ukjent', 'Usikkert, avklares i konseptfasen', '', null, '999999 månedsverk'])(
    '%j → null',
    (text) => {
      expect(parsePersonMonths(text)).toBeNull();
    },
  );
});
