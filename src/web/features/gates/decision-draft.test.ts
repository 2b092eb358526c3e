import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  evidenceLinks,
  moveKind,
  outcomeChoices,
  requestOf,
  todayInOslo,
} from './decision-draft';

const PHASES = ['ikke-startet', 'problem', 'konsept', 'planlegging'];

describe('moveKind', () => {
  it('tells the next phase from a skip, an earlier phase and the same phase', () => {
    expect(moveKind(PHASES, 'problem', 'konsept')).toBe('forward');
    expect(moveKind(PHASES, 'problem', 'planlegging')).toBe('skip');
    expect(moveKind(PHASES, 'konsept', 'ikke-startet')).toBe('back');
    expect(moveKind(PHASES, 'konsept', 'konsept')).toBe('same');
  });
});

describe('outcomeChoices', () => {
  it('offers approvals only forward from an active initiative', () => {
    expect(outcomeChoices('forward', 'active')).toEqual([
      'approved',
      'approved-with-conditions',
      'parked',
      'stopped',
    ]);
    expect(outcomeChoices('forward', 'parked')).toEqual(['resumed', 'stopped']);
  });

  it('sends back to an earlier phase, keeps the phase otherwise, and offers nothing once stopped', () => {
    expect(outcomeChoices('back', 'active')[0]).toBe('sent-back');
    expect(outcomeChoices('same', 'active')).toEqual(['parked', 'stopped']);
    expect(outcomeChoices('same', 'parked')).toEqual(['resumed', 'stopped']);
    expect(outcomeChoices('forward', 'stopped')).toEqual([]);
  });
});

describe('requestOf', () => {
  const draft = { ...emptyDraft('konsept', 'approved', '2026-03-14'), rationale: ' Klar. ' };

  it('sends the target phase, the trimmed rationale, the date and the links for an approval', () => {
    const result = requestOf({
      ...draft,
      conditions: 'typed, then the outcome changed',
      evidence: 'https://example.org/a\n\n  https://example.org/b  ',
    });
    expect(result).toEqual({
      ok: true,
      body: {
        outcome: 'approved',
        to: 'konsept',
        rationale: 'Klar.',
        decidedOn: '2026-03-14',
        evidenceLinks: ['https://example.org/a', 'https://example.org/b'],
      },
    });
  });

  it('leaves the phase out of outcomes that keep it', () => {
    const result = requestOf({ ...draft, outcome: 'parked' });
    expect(result.ok && result.body).toEqual({
      outcome: 'parked',
      rationale: 'Klar.',
      decidedOn: '2026-03-14',
    });
  });

  it('asks for a rationale, conditions, a real date and web links before sending', () => {
    expect(requestOf({ ...draft, outcome: 'stopped', rationale: '  ' })).toEqual({
      ok: false,
      errors: { rationale: 'rationaleRequired' },
    });
    expect(requestOf({ ...draft, outcome: 'approved-with-conditions' })).toEqual({
      ok: false,
      errors: { conditions: 'conditionsRequired' },
    });
    expect(requestOf({ ...draft, decidedOn: '2026-02-30' })).toEqual({
      ok: false,
      errors: { decidedOn: 'invalidDate' },
    });
    expect(requestOf({ ...draft, evidence: 'https://ok.example\njavascript:alert(1)' })).toEqual({
      ok: false,
      errors: { evidence: 'invalidLink' },
      badLink: 'javascript:alert(1)',
    });
    expect(requestOf({ ...draft, outcome: '' })).toEqual({
      ok: false,
      errors: { outcome: 'outcomeRequired' },
    });
  });

  it('keeps to the contract’s limits', () => {
    const result = requestOf({ ...draft, decidedBy: 'x'.repeat(201) });
    expect(result).toEqual({ ok: false, errors: { decidedBy: 'tooLong' } });
  });
});

describe('helpers', () => {
  it('dates by the Norwegian calendar and splits links by line', () => {
    expect(todayInOslo(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
    expect(evidenceLinks(' a \r\n\nb')).toEqual(['a', 'b']);
  });
});
