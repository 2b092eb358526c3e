import { describe, expect, it } from 'vitest';
import { type ElementInput, rollUpElement } from './roll-up-element';
import type { EpicRollup } from './roll-up-epic';

const epic = (over: Partial<EpicRollup> = {}): EpicRollup => ({
  progress: 0,
  doneUnits: 0,
  totalUnits: 1,
  weight: 1,
  counted: true,
  delivered: false,
  rolledStart: null,
  rolledEnd: null,
  lastActivityAt: null,
  ...over,
});

const element = (epics: EpicRollup[], over: Partial<ElementInput> = {}): ElementInput => ({
  state: 'open',
  stateReason: null,
  startOn: null,
  endOn: null,
  activityAt: null,
  epics,
  ...over,
});

describe('rollUpElement', () => {
  it('weights epic progress by epic size', () => {
    // 1 × 0.5 + 3 × 1 over 4.
    const result = rollUpElement(
      element([epic({ progress: 0.5, weight: 1 }), epic({ progress: 1, weight: 3, delivered: true })]),
    );
    expect(result.progress).toBe(3.5 / 4);
    expect(result).toMatchObject({ doneUnits: 3.5, totalUnits: 4, delivered: false, countedEpics: 2 });
  });

  it('has no progress without counted epics', () => {
    expect(rollUpElement(element([])).progress).toBeNull();
    const onlyDropped = rollUpElement(element([epic({ counted: false, progress: 1, delivered: true })]));
    expect(onlyDropped).toMatchObject({ progress: null, delivered: false, countedEpics: 0, totalUnits: 0 });
  });

  it('ignores epics closed as not planned, also for delivery and dates', () => {
    const result = rollUpElement(
      element([
        epic({ progress: 1, delivered: true, weight: 2, rolledEnd: '2026-06-30' }),
        epic({ counted: false, progress: 0, weight: 5, rolledEnd: '2027-01-31' }),
      ]),
    );
    expect(result).toMatchObject({ progress: 1, delivered: true, countedEpics: 1, rolledEnd: '2026-06-30' });
  });

  it('is delivered only when every counted epic is', () => {
    expect(rollUpElement(element([epic({ delivered: true, progress: 1 }), epic()])).delivered).toBe(false);
    expect(rollUpElement(element([epic({ delivered: true, progress: 1 })])).delivered).toBe(true);
  });

  it.each([
    ['open', null, true],
    ['open', 'reopened', true],
    ['closed', 'completed', true],
    ['closed', 'not-planned', false],
    ['closed', 'duplicate', false],
  ] as const)('is relevant when %s/%s: %s', (state, stateReason, relevant) => {
    expect(rollUpElement(element([epic()], { state, stateReason })).relevant).toBe(relevant);
  });

  it('rolls dates and activity from its own and its epics', () => {
    const result = rollUpElement(
      element(
        [
          epic({
            rolledStart: '2026-01-10',
            rolledEnd: '2026-03-01',
            lastActivityAt: '2026-02-01T00:00:00Z',
          }),
          epic({ rolledStart: null, rolledEnd: '2026-09-01', lastActivityAt: null }),
        ],
        { startOn: '2026-02-01', endOn: '2026-06-30', activityAt: '2026-03-01T12:00:00+01:00' },
      ),
    );
    expect(result).toMatchObject({
      rolledStart: '2026-01-10',
      rolledEnd: '2026-09-01',
      lastActivityAt: '2026-03-01T12:00:00+01:00',
    });
  });
});
