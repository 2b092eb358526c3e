import type { DemoEpic } from './types';

/**
 * Short forms for the roadmap and the teams' backlogs. The demo's red thread is written as of
 * DEMO_TODAY: what is overdue, behind or stale is so on that day.
 */
export const DEMO_TODAY = '2026-11-28';

type Planned = [startOn: string, dueOn: string];

/** An open epic in a team's repository, planned from start to due, with its issues as a task list. */
export const epic = (
  team: string,
  title: string,
  [startOn, dueOn]: Planned,
  tasks: string,
  more: Partial<DemoEpic> = {},
): DemoEpic => ({ team, title, startOn, dueOn, tasks, ...more });

/** An epic closed as completed. */
export const doneEpic = (
  team: string,
  title: string,
  planned: Planned,
  tasks: string,
  more: Partial<DemoEpic> = {},
): DemoEpic => epic(team, title, planned, tasks, { state: 'closed', stateReason: 'completed', ...more });

/** The board's Status field and the state, as they go together. */
export const DELIVERED = { status: 'delivered', state: 'closed', stateReason: 'completed' } as const;
export const IN_PROGRESS = { status: 'in-progress', state: 'open' } as const;
export const BACKLOG = { status: 'backlog', state: 'open' } as const;
export const UNDER_CONSIDERATION = { status: 'under-consideration', state: 'open' } as const;
