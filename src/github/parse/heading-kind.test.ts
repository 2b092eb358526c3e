import { describe, expect, it } from 'vitest';
import { allAliases, headingKind } from './heading-kind';

const aliases = {
  risk: ['Risiko', 'Risiko hvis tiltaket ikke gjennomføres'],
  problem: ['Problemstilling', 'Problem'],
};

describe('headingKind', () => {
  it('matches an alias exactly, after normalising the aliases', () => {
    expect(headingKind('risiko hvis tiltaket ikke gjennomføres', aliases)).toBe('risk');
    expect(headingKind('problem', aliases)).toBe('problem');
  });

  it('matches a heading that begins with an alias as a whole word', () => {
    expect(headingKind('problemstilling og bakgrunn', aliases)).toBe('problem');
    expect(headingKind('risiko (konsekvens)', aliases)).toBe('risk');
    expect(headingKind('problemområde', aliases)).toBeNull();
    expect(headingKind('', aliases)).toBeNull();
  });

  it('lists every alias normalised', () => {
    expect(allAliases(aliases)).toEqual([
      'risiko',
      'risiko hvis tiltaket ikke gjennomføres',
      'problemstilling',
      'problem',
    ]);
  });
});
