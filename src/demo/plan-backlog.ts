import type { CreateBacklogItem } from '../contracts/backlog';
import type { DemoEpic } from './content/types';

/** An epic or issue ready to store, except for the ids only the loader knows (team, parent, elements). */
export type PlannedItem = Omit<CreateBacklogItem, 'teamId' | 'parentId' | 'roadmapElementIds'>;

export interface PlannedEpic {
  epic: PlannedItem;
  issues: PlannedItem[];
  /** Issues stored as closed, to be reopened (with their epic) once the whole thread is loaded. */
  reopen: { index: number; activityAt: string }[];
}

const MARKS = { x: 'done', ' ': 'open', '-': 'not-planned', r: 'reopened' } as const;
type Mark = (typeof MARKS)[keyof typeof MARKS];

const DAY_MS = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A working-hours time on the day of `time`, varied by `seed` so the items do not all change at once. */
const timeOf = (time: number, seed: number): string => {
  const day = Math.floor(time / DAY_MS) * DAY_MS;
  return new Date(day + (7 * 60 + ((seed * 47) % 570)) * 60_000).toISOString();
};

/** `[x] Title` lines into marks and titles; anything else is a mistake in the demo data. */
export function parseTasks(tasks: string): { mark: Mark; title: string }[] {
  return tasks
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^\[([x r-])\]\s+(.+)$/.exec(line);
      const mark = match?.[1];
      const title = match?.[2];
      if (mark === undefined || title === undefined) throw new Error(`demo data: "${line}" is not a task`);
      return { mark: MARKS[mark as keyof typeof MARKS], title };
    });
}

const EPIC_STYLES = [
  { labels: ['Epic'], issueType: null },
  { labels: ['kind/epic'], issueType: null },
  { labels: [], issueType: 'Epic' },
  { labels: ['☂️ epic'], issueType: null },
] as const;

export interface PlanOptions {
  repo: string;
  /** The epic's number in the repository; its issues follow it. */
  firstNumber: number;
  /** GitHub logins of the team, assigned in turn. */
  logins: string[];
  /** Which of the ways teams mark epics (label or issue type) this team uses. */
  style: number;
  today: string;
}

/**
 * Dates the epic and its issues as the work went: closed issues spread evenly from the epic's start
 * to its due date (or to its last activity, if that came first), open ones touched in the last two
 * weeks, or not since `lastActivity` when the work has gone quiet.
 */
export function planEpic(demo: DemoEpic, options: PlanOptions): PlannedEpic {
  const {
    team: _team,
    alsoServes: _alsoServes,
    lastActivity,
    reopened,
    tasks,
    startOn,
    dueOn,
    state,
    stateReason,
    ...fields
  } = demo;
  if (!startOn || !dueOn) throw new Error(`demo data: epic "${demo.title}" needs a start and a due date`);
  const start = ms(startOn);
  const horizon = lastActivity ? ms(lastActivity) : ms(options.today) - 3 * DAY_MS;
  const closed = state === 'closed';
  const closedBy = closed ? Math.max(start, Math.min(ms(dueOn), horizon)) : horizon;

  const parsed = parseTasks(tasks);
  const finished = parsed.filter((t) => t.mark !== 'open');
  const github = (n: number) => ({ owner: 'demoetaten', repo: options.repo, number: n });
  const login = (i: number) =>
    options.logins.length > 0 ? [options.logins[i % options.logins.length]!] : [];

  let closedSeen = 0;
  let openSeen = 0;
  const reopen: PlannedEpic['reopen'] = [];
  const issues = parsed.map((task, i): PlannedItem => {
    const number = options.firstNumber + 1 + i;
    const base = { kind: 'issue' as const, title: task.title, github: github(number), assignees: login(i) };
    const labels = task.title.startsWith('Feil') ? ['bug'] : [];
    if (task.mark === 'open') {
      const quiet = ((openSeen++ * 5) % 13) * DAY_MS;
      return { ...base, labels, state: 'open', activityAt: timeOf(horizon - quiet, number) };
    }
    closedSeen += 1;
    const at = timeOf(start + ((closedBy - start) * closedSeen) / (finished.length + 1), number);
    if (task.mark === 'reopened') reopen.push({ index: i, activityAt: timeOf(horizon, number) });
    const reason = task.mark === 'not-planned' ? 'not-planned' : 'completed';
    return { ...base, labels, state: 'closed', stateReason: reason, closedAt: at, activityAt: at };
  });

  const latest = issues
    .map((issue) => issue.activityAt ?? '')
    .sort()
    .at(-1);
  const style = EPIC_STYLES[options.style % EPIC_STYLES.length]!;
  const closedAt = closed ? timeOf(closedBy, options.firstNumber) : null;
  const epic: PlannedItem = {
    ...fields,
    kind: 'epic',
    labels: [...style.labels, ...(fields.labels ?? [])],
    issueType: style.issueType,
    startOn,
    dueOn,
    state: reopened ? 'closed' : (state ?? 'open'),
    stateReason: reopened ? 'completed' : (stateReason ?? null),
    body: fields.body ?? epicBody(issues),
    closedAt,
    activityAt: closedAt ?? latest ?? timeOf(Math.min(start, horizon), options.firstNumber),
    github: github(options.firstNumber),
  };
  return { epic, issues, reopen };
}

/** The epic's task list as teams write it today: a checklist of its issues by number. */
function epicBody(issues: PlannedItem[]): string | null {
  if (issues.length === 0) return null;
  const lines = issues.map((i) => `- [${i.state === 'closed' ? 'x' : ' '}] #${i.github?.number} ${i.title}`);
  return ['### Oppgaver', '', ...lines].join('\n');
}
