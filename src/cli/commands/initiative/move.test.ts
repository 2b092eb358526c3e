import { describe, expect, it } from 'vitest';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import { UsageError } from '../../exit-codes';
import { PhaseNames } from '../../output/phase-names';
import { outcomeOf } from './move';

const phases = PhaseNames.defaults();
const inKonsept = { key: 'Sak 1-2026', phase: 'konsept' } as InitiativeDetail;

describe('outcomeOf', () => {
  it('approves a move forward, with conditions when given, and sends back a move backward', () => {
    expect(outcomeOf({}, inKonsept, 'planlegging', phases)).toBe('approved');
    expect(outcomeOf({ conditions: 'c' }, inKonsept, 'planlegging', phases)).toBe('approved-with-conditions');
    expect(outcomeOf({}, inKonsept, 'problem', phases)).toBe('sent-back');
  });

  it('takes the status shortcuts and an explicit outcome', () => {
    expect(outcomeOf({ park: true }, inKonsept, undefined, phases)).toBe('parked');
    expect(outcomeOf({ stop: true }, inKonsept, undefined, phases)).toBe('stopped');
    expect(outcomeOf({ resume: true }, inKonsept, undefined, phases)).toBe('resumed');
    expect(outcomeOf({ outcome: 'sent-back' }, inKonsept, 'ikke-startet', phases)).toBe('sent-back');
  });

  it('refuses contradictions, a missing target and the current phase as bad usage', () => {
    expect(() => outcomeOf({ park: true, stop: true }, inKonsept, undefined, phases)).toThrow(UsageError);
    expect(() => outcomeOf({ park: true, outcome: 'approved' }, inKonsept, undefined, phases)).toThrow(
      UsageError,
    );
    expect(() => outcomeOf({}, inKonsept, undefined, phases)).toThrow(/--to <phase>/);
    expect(() => outcomeOf({}, inKonsept, 'konsept', phases)).toThrow(/already in Konsept/);
  });
});

describe('PhaseNames', () => {
  it('finds a phase by id or bokmål name in any case', () => {
    expect(['utført', 'UTFORT', 'Ikke startet'].map((p) => phases.resolve(p))).toEqual([
      'utfort',
      'utfort',
      'ikke-startet',
    ]);
    expect(() => phases.idOf('månen')).toThrow(/phases are ikke-startet, problem/);
  });
});
