import type { ImportElement, ImportItem } from '../contracts/backlog-import';
import { LIMITS } from '../contracts/limits';
import { importBacklog } from '../services/backlog/import-backlog';
import { roadmapElementsUseCases } from '../services/roadmap/roadmap-elements';
import type { ServiceContext } from '../services/shared/context';
import { postStatusUpdate } from '../services/thread/post-status-update';
import type { DemoElement, DemoEpic, DemoInitiative, DemoTeam } from './content/types';
import { KeyMap } from './key-map';
import { planEpic, type PlannedEpic, type PlannedItem } from './plan-backlog';

export interface RedThreadContent {
  roadmap: DemoElement[];
  looseEpics: DemoEpic[];
  teams: DemoTeam[];
  /** The day the content is written as of: open work was touched in the two weeks before it. */
  today: string;
}

export interface RedThreadKeys {
  products: KeyMap;
  teams: KeyMap;
  initiatives: KeyMap;
}

const ROADMAP_REPO = { owner: 'demoetaten', repo: 'veikart' } as const;

/**
 * Loads the roadmap board and the teams' epics and issues under it the way a GitHub import does: one
 * bulk import by owner/repo#N, rolled up once. Then GitHub reports the issues a tester reopened (a
 * second, small import, so the history shows the roll-up setting Levert and taking it back), then the
 * status updates written on elements. Answers each element's id by number.
 */
export async function loadRedThread(
  ctx: ServiceContext,
  content: RedThreadContent,
  keys: RedThreadKeys,
): Promise<KeyMap> {
  const repos = new Repositories(content.teams, content.today);
  const serving = [
    ...content.roadmap.flatMap((element) =>
      element.epics.map((epic) => ({ epic, serves: [element.number] })),
    ),
    ...content.looseEpics.map((epic) => ({ epic, serves: [] as number[] })),
  ];
  const items: ImportItem[] = [];
  const reopenings: ImportItem[] = [];
  for (const { epic, serves } of serving) {
    const plan = repos.plan(epic);
    const teamId = keys.teams.id(epic.team);
    const roadmapElements = [...serves, ...(epic.alsoServes ?? [])].map(elementRef);
    const epicItem = { ...importItem(plan.epic), teamId, roadmapElements };
    const issues = plan.issues.map((issue) => ({ ...importItem(issue), teamId, parent: epicItem.ref }));
    items.push(epicItem, ...issues);
    reopenings.push(...reopeningsOf(plan, epicItem, issues));
  }
  await importBacklog(ctx, {
    elements: content.roadmap.map((demo) => importElement(demo, keys)),
    items,
  });
  if (reopenings.length > 0) await importBacklog(ctx, { elements: [], items: reopenings });

  const elements = new KeyMap('roadmap element');
  for (const element of (await roadmapElementsUseCases.list(ctx, { limit: LIMITS.pageSizeMax })).items) {
    if (element.github?.repo === ROADMAP_REPO.repo) elements.set(String(element.github.number), element.id);
  }
  for (const demo of content.roadmap) {
    if (demo.statusUpdate) {
      await postStatusUpdate(ctx, { elementId: elements.id(String(demo.number)) }, demo.statusUpdate);
    }
  }
  return elements;
}

const elementRef = (number: number) => `${ROADMAP_REPO.owner}/${ROADMAP_REPO.repo}#${number}`;

/** A planned item as an import names it: by its GitHub reference instead of a github object. */
function importItem(planned: PlannedItem): ImportItem {
  const { github, ...fields } = planned;
  if (!github) throw new Error(`demo data: "${planned.title}" has no GitHub reference`);
  return { ...fields, ref: `${github.owner}/${github.repo}#${github.number}` };
}

/** A tester found a fault in delivered work: the issues and their epic come back reopened. */
function reopeningsOf(plan: PlannedEpic, epic: ImportItem, issues: ImportItem[]): ImportItem[] {
  if (plan.reopen.length === 0) return [];
  const reopened = { state: 'open', stateReason: 'reopened', closedAt: null } as const;
  const changed = plan.reopen.map(({ index, activityAt }) => {
    const issue = issues[index];
    if (!issue) throw new Error(`demo data: epic "${epic.title}" has no issue ${index}`);
    return { ...issue, ...reopened, activityAt };
  });
  const latest =
    changed
      .map((i) => i.activityAt)
      .sort()
      .at(-1) ?? null;
  return [...changed, { ...epic, ...reopened, activityAt: latest }];
}

/** Written status updates of the initiatives, by their owners, once the thread under them is loaded. */
export async function loadStatusUpdates(
  ctx: ServiceContext,
  demos: DemoInitiative[],
  initiatives: KeyMap,
  personNames: Map<string, string>,
): Promise<void> {
  for (const demo of demos) {
    if (!demo.statusUpdate) continue;
    const actor = (demo.owner && personNames.get(demo.owner)) || ctx.actor;
    await postStatusUpdate({ ...ctx, actor }, { initiativeId: initiatives.id(demo.key) }, demo.statusUpdate);
  }
}

function importElement(demo: DemoElement, keys: RedThreadKeys): ImportElement {
  const {
    number,
    product,
    initiatives,
    dependsOn,
    lastActivity,
    epics: _epics,
    statusUpdate: _statusUpdate,
    ...fields
  } = demo;
  // A closed element last changed when it was closed; an open one when its epics did.
  const activity = lastActivity ?? (demo.state === 'closed' ? demo.endOn : null);
  return {
    ...fields,
    ref: elementRef(number),
    productId: keys.products.id(product),
    initiativeIds: keys.initiatives.idsOf(initiatives),
    dependsOn: (dependsOn ?? []).map(elementRef),
    activityAt: activity ? `${activity}T14:00:00.000Z` : null,
  };
}

/** Each team's repository: its next issue number, its people's logins and how it marks epics. */
class Repositories {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly teams: DemoTeam[],
    private readonly today: string,
  ) {}

  plan(epic: DemoEpic): PlannedEpic {
    const index = this.teams.findIndex((t) => t.slug === epic.team);
    const team = this.teams[index];
    if (!team) throw new Error(`demo data: no team "${epic.team}"`);
    // Repositories that have been in use a while: numbering starts somewhere in the tens.
    const first = this.next.get(team.slug) ?? 11 + ((index * 37) % 90);
    const planned = planEpic(epic, {
      repo: `${team.slug}-backlog`,
      firstNumber: first,
      logins: team.members.map(([person]) => person),
      style: index,
      today: this.today,
    });
    this.next.set(team.slug, first + 1 + planned.issues.length);
    return planned;
  }
}
