import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, type ProposalDraft } from './proposal-draft';
import { parseNumber, toCandidate } from './proposal-payload';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('parseNumber', () => {
  it('reads Norwegian and plain numbers', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 1 000 ')).toBe(1000);
    expect(parseNumber('1\u00a0250\u00a0000')).toBe(1_250_000);
  });

  it('answers undefined for nothing and NaN for what is no number', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('   ')).toBeUndefined();
    expect(parseNumber('tolv')).toBeNaN();
    expect(parseNumber('1,2,3')).toBeNaN();
  });
});

describe('toCandidate', () => {
  it('sends only what was filled in, besides the title and the lists', () => {
    expect(toCandidate({ ...EMPTY_DRAFT, title: 'Ny sak' }, null)).toEqual({
      title: 'Ny sak',
      dependsOnIds: [],
      strategicItemIds: [],
      okrs: [],
      resources: [],
      funding: [],
    });
  });

  it('turns every part of the template into the CreateInitiative fields', () => {
    const draft: ProposalDraft = {
      ...EMPTY_DRAFT,
      title: 'Felles innlogging',
      problemStatement: '  Brukerne må logge inn mange ganger.  ',
      description: 'Én innlogging',
      riskIfNotDone: 'Misfornøyde brukere',
      collaboration: 'Team ID-porten',
      dependsOnIds: [ID(1)],
      strategicItemIds: [ID(2), ID(3)],
      okrs: [
        {
          objective: 'Enklere innlogging',
          keyResults: [{ title: 'Færre innlogginger', target: '1 per dag' }],
        },
      ],
      competence: 'Sikkerhet',
      personMonthsTotal: '18,5',
      resources: [{ year: '2027', internalPersonMonths: '6', externalPersonMonths: '' }],
      funding: [{ year: '2027', budgetItem: 'Drift', source: 'common-funds', needNok: '1 500 000' }],
      priority: 'should',
      ownerId: ID(4),
      responsibleId: ID(5),
      allocationKind: 'teams',
      teamIds: [ID(6)],
      productGroupId: ID(7),
    };
    expect(toCandidate(draft, ID(8))).toEqual({
      title: 'Felles innlogging',
      problemStatement: 'Brukerne må logge inn mange ganger.',
      description: 'Én innlogging',
      riskIfNotDone: 'Misfornøyde brukere',
      collaboration: 'Team ID-porten',
      dependsOnIds: [ID(1)],
      strategicItemIds: [ID(2), ID(3)],
      okrs: [
        {
          objective: 'Enklere innlogging',
          keyResults: [{ title: 'Færre innlogginger', target: '1 per dag' }],
        },
      ],
      competence: 'Sikkerhet',
      personMonthsTotal: 18.5,
      resources: [{ year: 2027, internalPersonMonths: 6, externalPersonMonths: undefined }],
      funding: [{ year: 2027, budgetItem: 'Drift', source: 'common-funds', needNok: 1_500_000 }],
      priority: 'should',
      ownerId: ID(4),
      responsibleId: ID(5),
      submitterId: ID(8),
      // Only the chosen kind's choice goes with the allocation.
      allocation: { kind: 'teams', teamIds: [ID(6)] },
    });
  });

  it('keeps an allocation kind without its choice, so the schema can say what is missing', () => {
    const candidate = toCandidate({ ...EMPTY_DRAFT, title: 'X', allocationKind: 'product-group' }, null);
    expect(candidate.allocation).toEqual({ kind: 'product-group', productGroupId: '' });
  });
});
