import { describe, expect, it } from 'vitest';
import { type InitiativeElement, rollUpInitiative } from './roll-up-initiative';

const element = (over: Partial<InitiativeElement> = {}): InitiativeElement => ({
  progress: 0,
  doneUnits: 0,
  totalUnits: 1,
  delivered: false,
  relevant: true,
  countedEpics: 1,
  rolledStart: null,
  rolledEnd: null,
  lastActivityAt: null,
  estimatePersonWeeks: null,
  ...over,
});

describe('rollUpInitiative', () => {
  it('weights elements by their estimate in person-weeks', () => {
    const result = rollUpInitiative({
      elements: [
        element({ progress: 1, estimatePersonWeeks: 6 }),
        element({ progress: 0.5, estimatePersonWeeks: 2 }),
      ],
    });
    expect(result.progress).toBe(7 / 8);
    expect(result).toMatchObject({ doneUnits: 7, totalUnits: 8, relevantElements: 2 });
  });

  it('gives an element without an estimate the mean of the estimated ones', () => {
    const result = rollUpInitiative({
      elements: [
        element({ progress: 0, estimatePersonWeeks: 10 }),
        element({ progress: 0, estimatePersonWeeks: 2 }),
        element({ progress: 1, estimatePersonWeeks: null }),
      ],
    });
    // Mean of 10 and 2 is 6: 6 of 18.
    expect(result.progress).toBe(6 / 18);
    expect(result.totalUnits).toBe(18);
  });

  it('weighs every element the same when none is estimated', () => {
    const result = rollUpInitiative({
      elements: [element({ progress: 1 }), element({ progress: 0.5 }), element({ progress: 0 })],
    });
    expect(result.progress).toBe(0.5);
    expect(result.totalUnits).toBe(3);
  });

  it('counts an element with no epics yet as progress 0', () => {
    const result = rollUpInitiative({
      elements: [element({ progress: 1, delivered: true }), element({ progress: null, countedEpics: 0 })],
    });
    expect(result.progress).toBe(0.5);
    expect(result.readyForDone).toBe(false);
  });

  it('leaves out elements closed as not planned', () => {
    const result = rollUpInitiative({
      elements: [
        element({ progress: 1, delivered: true, rolledEnd: '2026-06-30' }),
        element({ relevant: false, progress: 0, estimatePersonWeeks: 50, rolledEnd: '2027-12-31' }),
      ],
    });
    expect(result).toMatchObject({
      progress: 1,
      readyForDone: true,
      relevantElements: 1,
      rolledEnd: '2026-06-30',
    });
  });

  it('has no progress and is not ready without relevant elements', () => {
    for (const elements of [[], [element({ relevant: false, delivered: true, progress: 1 })]]) {
      expect(rollUpInitiative({ elements })).toMatchObject({
        progress: null,
        readyForDone: false,
        relevantElements: 0,
      });
    }
  });

  it('is ready for done only when every relevant element is delivered', () => {
    const delivered = element({ progress: 1, delivered: true });
    expect(rollUpInitiative({ elements: [delivered, delivered] }).readyForDone).toBe(true);
    expect(rollUpInitiative({ elements: [delivered, element({ progress: 0.9 })] }).readyForDone).toBe(false);
  });

  it('rolls dates and activity up from its elements', () => {
    const result = rollUpInitiative({
      elements: [
        element({
          rolledStart: '2026-03-01',
          rolledEnd: '2026-06-01',
          lastActivityAt: '2026-05-01T00:00:00Z',
        }),
        element({ rolledStart: '2026-01-01', rolledEnd: null, lastActivityAt: '2026-05-02T00:00:00Z' }),
      ],
    });
    expect(result).toMatchObject({
      rolledStart: '2026-01-01',
      rolledEnd: '2026-06-01',
      lastActivityAt: '2026-05-02T00:00:00Z',
    });
  });
});
