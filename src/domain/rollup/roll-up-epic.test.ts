import { describe, expect, it } from 'vitest';
import type { ItemState, StateReason } from '../../contracts/rollup';
import { isCounted, isDone } from './item-counting';
import { type ChildTally, type EpicInput, rollUpEpic } from './roll-up-epic';

type Issue = { state: ItemState; reason: StateReason | null };

/** What the service's SQL does: tally the child issues with the same rules. */
const tally = (issues: Issue[]): ChildTally => ({
  done: issues.filter((i) => isDone(i.state, i.reason)).length,
  counted: issues.filter((i) => isCounted(i.state, i.reason)).length,
  earliestStart: null,
  latestEnd: null,
  lastActivityAt: null,
});

const noChildren: ChildTally = {
  done: 0,
  counted: 0,
  earliestStart: null,
  latestEnd: null,
  lastActivityAt: null,
};

const epic = (over: Partial<EpicInput> = {}): EpicInput => ({
  state: 'open',
  stateReason: null,
  estimate: null,
  startOn: null,
  dueOn: null,
  activityAt: null,
  children: noChildren,
  ...over,
});

const repeat = (n: number, issue: Issue): Issue[] => Array.from({ length: n }, () => issue);

describe('rollUpEpic', () => {
  const tenIssues = [
    ...repeat(3, { state: 'closed', reason: 'completed' }),
    ...repeat(2, { state: 'closed', reason: 'not-planned' }),
    ...repeat(5, { state: 'open', reason: null }),
  ];

  it('counts 10 issues, 3 completed and 2 not planned, as 3 of 8', () => {
    const result = rollUpEpic(epic({ children: tally(tenIssues) }));
    expect(result.progress).toBe(3 / 8);
    expect(result).toMatchObject({ doneUnits: 3, totalUnits: 8, weight: 8, delivered: false, counted: true });
  });

  it('lowers progress when a done issue is reopened', () => {
    const reopened: Issue[] = [
      { state: 'open', reason: 'reopened' },
      ...tenIssues.slice(1), // one of the completed issues, now reopened
    ];
    const before = rollUpEpic(epic({ children: tally(tenIssues) })).progress;
    const after = rollUpEpic(epic({ children: tally(reopened) })).progress;
    expect(after).toBe(2 / 8);
    expect(after).toBeLessThan(before);
  });

  it.each([
    // [state, reason, children, progress, doneUnits, totalUnits, weight, delivered, counted]
    ['open', null, noChildren, 0, 0, 1, 1, false, true],
    ['closed', 'completed', noChildren, 1, 1, 1, 1, true, true],
    ['closed', null, noChildren, 1, 1, 1, 1, true, true],
    ['closed', 'not-planned', noChildren, 0, 0, 1, 1, false, false],
    ['closed', 'duplicate', { ...noChildren, done: 1, counted: 4 }, 0.25, 1, 4, 4, false, false],
    ['open', 'reopened', { ...noChildren, done: 4, counted: 4 }, 1, 4, 4, 4, false, true],
    // Closed as completed with issues still open (or reopened) is not delivered: the issues say so.
    ['closed', 'completed', { ...noChildren, done: 1, counted: 4 }, 0.25, 1, 4, 4, false, true],
    ['closed', 'completed', { ...noChildren, done: 4, counted: 4 }, 1, 4, 4, 4, true, true],
  ] as const)(
    '%s/%s with %o',
    (state, stateReason, children, progress, doneUnits, totalUnits, weight, delivered, counted) => {
      expect(rollUpEpic(epic({ state, stateReason, children }))).toMatchObject({
        progress,
        doneUnits,
        totalUnits,
        weight,
        delivered,
        counted,
      });
    },
  );

  it('uses a positive estimate as its weight instead of the child count', () => {
    const children = { ...noChildren, done: 1, counted: 4 };
    expect(rollUpEpic(epic({ estimate: 13, children })).weight).toBe(13);
    expect(rollUpEpic(epic({ estimate: 0, children })).weight).toBe(4);
    expect(rollUpEpic(epic({ estimate: null, children })).weight).toBe(4);
  });

  it('rolls dates and activity up from its own and its children', () => {
    const result = rollUpEpic(
      epic({
        startOn: '2026-02-01',
        dueOn: '2026-05-31',
        activityAt: '2026-04-01T08:00:00Z',
        children: {
          done: 0,
          counted: 2,
          earliestStart: '2026-01-15',
          latestEnd: '2026-04-30',
          lastActivityAt: '2026-04-02T08:00:00Z',
        },
      }),
    );
    expect(result).toMatchObject({
      rolledStart: '2026-01-15',
      rolledEnd: '2026-05-31',
      lastActivityAt: '2026-04-02T08:00:00Z',
    });
    expect(rollUpEpic(epic())).toMatchObject({ rolledStart: null, rolledEnd: null, lastActivityAt: null });
  });
});
