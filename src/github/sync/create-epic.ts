import type { BacklogItem } from '../../contracts/backlog';
import type { CreateGithubEpic, GithubSettings } from '../../contracts/github-sync';
import { importBacklog } from '../../services/backlog/import-backlog';
import { backlogItemsUseCases } from '../../services/backlog/backlog-items';
import { findMirroredByKeys } from '../../services/github-sync/github-refs';
import { loadSyncDirectory } from '../../services/github-sync/sync-directory';
import { linkEpic } from '../../services/roadmap/link-epic';
import { roadmapElementsUseCases } from '../../services/roadmap/roadmap-elements';
import { AppError } from '../../services/shared/app-error';
import type { ServiceContext } from '../../services/shared/context';
import { GithubError } from '../http/github-error';
import type { GithubClient } from '../http/github-client';
import { parseRoadmapBody } from '../parse/parse-roadmap-body';
import { toGithubIssue, type GithubIssue } from './github-issue';
import { toImportItem } from './map-backlog-item';
import { withEpicInOppgaver } from './oppgaver-line';
import { syncSourcesOf } from './sync-sources';

const issuePath = (i: { owner: string; repo: string; number: number }) =>
  `/repos/${encodeURIComponent(i.owner)}/${encodeURIComponent(i.repo)}/issues/${i.number}`;

/**
 * Creates an epic for a roadmap element in a team's repository: the issue (labelled as an epic), a
 * sub-issue link from the element's issue where GitHub allows it, and a line in the element's
 * *Oppgaver*; then mirrors it. Idempotent: an epic of the same title the element already lists in that
 * repository is reused, on GitHub and here.
 */
export async function createEpicOnGithub(
  ctx: ServiceContext,
  asker: ServiceContext,
  client: GithubClient,
  settings: GithubSettings,
  input: CreateGithubEpic,
): Promise<BacklogItem> {
  const element = await roadmapElementsUseCases.get(asker, input.elementId);
  const at = element.github;
  if (!at)
    throw new AppError(
      'invalid-link',
      'the roadmap element is not an issue on GitHub: create its epic by hand',
    );
  const elementIssue = await readIssue(client, at);
  const epic =
    (await findListedEpic(client, elementIssue, input)) ?? (await openEpic(client, settings, input));
  await linkAsSubIssue(client, elementIssue, epic);
  const body = withEpicInOppgaver(elementIssue.body, elementIssue, epic);
  if (body !== (elementIssue.body ?? '')) {
    await client.request('PATCH', issuePath(elementIssue), { owner: elementIssue.owner, body: { body } });
  }
  const directory = await loadSyncDirectory(ctx);
  const source = syncSourcesOf(settings, directory.teams).repos.find(
    (r) =>
      r.owner.toLowerCase() === epic.owner.toLowerCase() && r.repo.toLowerCase() === epic.repo.toLowerCase(),
  );
  await importBacklog(ctx, {
    elements: [],
    items: [
      toImportItem(epic, { kind: 'epic', teamId: source ? source.teamId : undefined, parentRef: null }),
    ],
  });
  const [stored] = await findMirroredByKeys(ctx, [epic.key]);
  if (!stored) throw new Error(`the epic ${epic.key} was imported but cannot be found`);
  if (!element.epicIds.includes(stored.id)) await linkEpic(ctx, element.id, stored.id);
  return backlogItemsUseCases.get(asker, stored.id);
}

async function readIssue(
  client: GithubClient,
  at: { owner: string; repo: string; number: number },
): Promise<GithubIssue> {
  const answer = await client.get<unknown>(issuePath(at), { owner: at.owner });
  const issue = answer.status === 200 ? toGithubIssue(answer.data) : null;
  if (!issue)
    throw new AppError(
      'github-failed',
      `${at.owner}/${at.repo}#${at.number} is not an issue GitHub could give`,
    );
  return issue;
}

/** An epic of this title in this repository that the element lists already: a repeated request. */
async function findListedEpic(client: GithubClient, element: GithubIssue, input: CreateGithubEpic) {
  const listed = parseRoadmapBody(element.body, element).epics.filter(
    (e) =>
      e.owner.toLowerCase() === input.owner.toLowerCase() &&
      e.repo.toLowerCase() === input.repo.toLowerCase(),
  );
  for (const link of listed) {
    const issue = await readIssue(client, link).catch((err: unknown) => {
      if (err instanceof GithubError && (err.code === 'not-found' || err.code === 'gone')) return null;
      throw err;
    });
    if (issue && issue.title.trim() === input.title.trim()) return issue;
  }
  return null;
}

async function openEpic(
  client: GithubClient,
  settings: GithubSettings,
  input: CreateGithubEpic,
): Promise<GithubIssue> {
  const byRepo = Object.entries(settings.epicLabelsByRepository).find(
    ([name]) => name.toLowerCase() === `${input.owner}/${input.repo}`.toLowerCase(),
  )?.[1];
  const label = (byRepo ?? settings.epicLabels)[0];
  const created = await client.request<unknown>(
    'POST',
    `/repos/${encodeURIComponent(input.owner)}/${encodeURIComponent(input.repo)}/issues`,
    {
      owner: input.owner,
      body: { title: input.title, body: input.body ?? '', ...(label ? { labels: [label] } : {}) },
    },
  );
  const issue = toGithubIssue(created.data);
  if (!issue) throw new AppError('github-failed', 'GitHub did not answer the new epic as an issue');
  return issue;
}

/** GitHub refuses sub-issues across some boundaries (other owners, limits): the *Oppgaver* line still links it. */
async function linkAsSubIssue(client: GithubClient, element: GithubIssue, epic: GithubIssue): Promise<void> {
  if (epic.parentKey === element.key) return;
  try {
    await client.request('POST', `${issuePath(element)}/sub_issues`, {
      owner: element.owner,
      body: { sub_issue_id: epic.id },
    });
  } catch (err) {
    if (!(err instanceof GithubError) || !['invalid', 'forbidden', 'not-found'].includes(err.code)) throw err;
  }
}
