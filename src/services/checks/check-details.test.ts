import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../contracts/limits';
import { LocalisedTextSchema } from '../../contracts/workflow';
import {
  capacityDetail,
  decimal,
  dependencyDetail,
  goalSourceDetail,
  overdueDetail,
  placeholderDetail,
  progressDetail,
} from './check-details';

describe('check details', () => {
  it('writes numbers with a decimal comma in Norwegian and a point in English, to one decimal', () => {
    expect([decimal(4.5, 'nb'), decimal(4.5, 'nn'), decimal(4.5, 'en')]).toEqual(['4,5', '4,5', '4.5']);
    expect([decimal(5, 'nb'), decimal(2 / 3, 'nb'), decimal(7.04, 'en')]).toEqual(['5', '0,7', '7']);
    expect(capacityDetail(6, 4.5)).toEqual({
      nb: 'behov 6 månedsverk per kvartal, kapasitet 4,5',
      nn: 'behov 6 månadsverk per kvartal, kapasitet 4,5',
      en: 'demand 6 person-months per quarter, capacity 4.5',
    });
  });

  it('rounds percentages to whole ones with a space before the sign', () => {
    expect(progressDetail(90, 58.6)).toEqual({
      nb: 'satt 90 %, beregnet 59 %',
      nn: 'sett 90 %, berekna 59 %',
      en: 'typed 90 %, computed 59 %',
    });
  });

  it('words dates per language and counts one day in the singular', () => {
    expect(overdueDetail('end', '2026-10-30', 29)).toEqual({
      nb: 'sluttdato 30.10.2026, 29 dager forsinket',
      nn: 'sluttdato 30.10.2026, 29 dagar forseinka',
      en: 'end 2026-10-30, 29 days overdue',
    });
    expect(overdueDetail('due', '2026-06-14', 1)).toEqual({
      nb: 'frist 14.06.2026, 1 dag forsinket',
      nn: 'frist 14.06.2026, 1 dag forseinka',
      en: 'due 2026-06-14, 1 day overdue',
    });
  });

  it('names dependencies with their status and goals with their source', () => {
    expect(
      dependencyDetail([
        { key: 'Sak 3-2026', status: 'stopped' },
        { key: 'Sak 10-2026', status: 'parked' },
      ]),
    ).toEqual({
      nb: 'avhenger av Sak 3-2026 (stoppet), Sak 10-2026 (parkert)',
      nn: 'avheng av Sak 3-2026 (stoppa), Sak 10-2026 (parkert)',
      en: 'depends on Sak 3-2026 (stopped), Sak 10-2026 (parked)',
    });
    expect(goalSourceDetail('Tildelingsbrev 2026')).toEqual({
      nb: 'fra Tildelingsbrev 2026',
      nn: 'frå Tildelingsbrev 2026',
      en: 'from Tildelingsbrev 2026',
    });
  });

  it('names the fields holding placeholders and quotes epic titles the way each language does', () => {
    expect(
      placeholderDetail(
        [
          { field: 'title', placeholders: ['TODO'] },
          { field: 'overview', placeholders: ['TBA', 'NA'] },
          { field: 'expectedResult', placeholders: ['-'] },
          { field: 'howItWorks', placeholders: ['empty section'] },
        ],
        ['Draft epos'],
      ),
    ).toEqual({
      nb: 'tittel: TODO; overordnet beskrivelse: TBA, NA; forventet resultat: -; hvordan skal det fungere: tom seksjon; epos «Draft epos»',
      nn: 'tittel: TODO; overordna skildring: TBA, NA; forventa resultat: -; korleis skal det fungere: tom bolk; epos «Draft epos»',
      en: 'title: TODO; overview: TBA, NA; expected result: -; how it works: empty section; epic “Draft epos”',
    });
  });

  it('keeps a detail naming very many items within the contract', () => {
    const many = Array.from({ length: 200 }, (_, n) => `Draft epos ${'x'.repeat(20)} ${n}`);
    const detail = placeholderDetail([], many);
    expect(LocalisedTextSchema.safeParse(detail).success).toBe(true);
    expect(detail.en).toHaveLength(LIMITS.shortText);
    expect(detail.en.endsWith('…')).toBe(true);
  });
});
