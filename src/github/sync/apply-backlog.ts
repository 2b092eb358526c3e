import type { ImportItem } from '../../contracts/backlog-import';
import { importBacklog } from '../../services/backlog/import-backlog';
import {
  findChildrenOfEpics,
  findMirroredByIds,
  findMirroredByKeys,
  removeMirrors,
  type StoredGithubRef,
} from '../../services/github-sync/github-refs';
import { getDigests, saveDigests } from '../../services/github-sync/github-digests';
import type { ServiceContext } from '../../services/shared/context';
import { isEpic } from '../parse/labels';
import { parseEpicBody } from '../parse/parse-epic-body';
import { keyOf } from './github-issue';
import { placeOfStored, type IssueFetcher } from './issue-fetcher';
import { planBacklog, type BacklogEntry, type BacklogPlan } from './plan-backlog';
import type { SyncReporter } from './sync-reporter';
import { currentKey, type RepoAliases } from './repo-aliases';
import type { RepoSource } from './sync-sources';

/** Items written per transaction: big enough to be quick, small enough to keep a transaction short. */
const ITEMS_PER_IMPORT = 5_000;
/** Checklist references fetched one by one in a run; more are left to the next run and reported. */
const MAX_FETCHED_CHILDREN = 1_000;

/**
 * Writes a batch of backlog issues: epics and the issues under them. Issues an epic's checklist names
 * but the batch lacks are fetched; stored issues of a changed epic are fetched again, since leaving the
 * checklist changes where they belong without changing them. Answers the epics' keys it wrote.
 */
export async function applyBacklog(
  ctx: ServiceContext,
  entries: BacklogEntry[],
  fetcher: IssueFetcher,
  reporter: SyncReporter,
  sources: readonly RepoSource[],
  aliases: RepoAliases,
): Promise<void> {
  const batch = new Map(entries.map((e) => [e.issue.key, e]));
  let plan = await planWithStored(ctx, [...batch.values()], aliases);
  if (await expandBatch(ctx, batch, plan, fetcher, reporter, sources))
    plan = await planWithStored(ctx, [...batch.values()], aliases);
  reporter.count('unchanged', plan.unchanged);
  for (const s of plan.skipped) reporter.skip(s.ref, s.reason);
  reporter.phase('backlog', plan.items.length);
  for (let start = 0; start < plan.items.length; start += ITEMS_PER_IMPORT) {
    const chunk: ImportItem[] = plan.items.slice(start, start + ITEMS_PER_IMPORT);
    const result = await importBacklog(ctx, { elements: [], items: chunk });
    const written = new Set(chunk.map((i) => i.ref.toLowerCase()));
    await saveDigests(
      ctx,
      plan.digests.filter((d) => written.has(d.ref)),
    );
    reporter.count('created', result.created);
    reporter.count('updated', result.updated);
    reporter.advance(chunk.length);
  }
  if (plan.removals.length > 0) {
    await removeMirrors(ctx, plan.removals);
    reporter.count('deleted', plan.removals.length);
  }
}

async function planWithStored(
  ctx: ServiceContext,
  entries: BacklogEntry[],
  aliases: RepoAliases,
): Promise<BacklogPlan> {
  const keys = entries.flatMap((e) => [
    e.issue.key,
    ...(e.issue.parentKey ? [e.issue.parentKey] : []),
    ...checklistChildren(e).map((k) => currentKey(aliases, k)),
  ]);
  const stored = await findMirroredByKeys(ctx, keys);
  const known = new Set(stored.map((r) => r.id));
  const parentIds = [
    ...new Set(stored.flatMap((r) => (r.parentId && !known.has(r.parentId) ? [r.parentId] : []))),
  ];
  const parents = await findMirroredByIds(ctx, parentIds);
  const byKey = new Map(stored.map((r) => [r.key, r]));
  const digests = await getDigests(
    ctx,
    stored.map((r) => r.key),
  );
  return planBacklog(
    entries,
    byKey,
    new Map([...parents, ...stored].map((r) => [r.id, r.key])),
    digests,
    aliases,
  );
}

/** The issues an epic's checklist names, so the plan knows which of them are stored already. */
function checklistChildren({ issue, epicLabels }: BacklogEntry): string[] {
  if (!isEpic(issue, epicLabels)) return [];
  return parseEpicBody(issue.body, issue).children.map((c) => keyOf(c.owner, c.repo, c.number));
}

/**
 * An issue fetched because an epic names it: the team is the one whose backlog repository it is in;
 * outside every backlog, a new one takes its epic's team and a stored one keeps its own.
 */
function entryFor(
  issue: BacklogEntry['issue'],
  epic: BacklogEntry | undefined,
  stored: boolean,
  sources: readonly RepoSource[],
): BacklogEntry {
  const home = sources.find(
    (s) =>
      s.role === 'backlog' &&
      s.owner.toLowerCase() === issue.owner.toLowerCase() &&
      s.repo.toLowerCase() === issue.repo.toLowerCase(),
  );
  return {
    issue,
    teamId: home ? home.teamId : stored ? undefined : epic?.teamId,
    epicLabels: home?.epicLabels ?? epic?.epicLabels ?? [],
  };
}

/** Adds to the batch what the plan showed is missing from it; answers whether anything was added. */
async function expandBatch(
  ctx: ServiceContext,
  batch: Map<string, BacklogEntry>,
  plan: BacklogPlan,
  fetcher: IssueFetcher,
  reporter: SyncReporter,
  sources: readonly RepoSource[],
): Promise<boolean> {
  let added = false;
  const wanted = plan.missingChildren.slice(0, MAX_FETCHED_CHILDREN);
  for (const { key } of plan.missingChildren.slice(MAX_FETCHED_CHILDREN))
    reporter.skip(key, 'left for the next run: too many checklist references to fetch at once');
  const epicOf = new Map(wanted.map((w) => [w.key, w.epicKey]));
  for (const fetched of await fetcher.byKeys(wanted.map((w) => w.key))) {
    if (!fetched.issue) {
      reporter.skip(fetched.key, fetched.reason);
      continue;
    }
    batch.set(
      fetched.issue.key,
      entryFor(fetched.issue, batch.get(epicOf.get(fetched.key) ?? ''), false, sources),
    );
    added = true;
  }
  const changedEpics = await findMirroredByKeys(
    ctx,
    plan.items.filter((i) => i.kind === 'epic').map((i) => i.ref),
  );
  const epicKeyById = new Map(changedEpics.map((e) => [e.id, e.key]));
  const absent = (await findChildrenOfEpics(ctx, [...epicKeyById.keys()])).filter((c) => !batch.has(c.key));
  const gone: StoredGithubRef[] = [];
  for (const fetched of await fetcher.byNodeIds(absent, placeOfStored)) {
    if (!fetched.issue) {
      gone.push(fetched.ref);
      continue;
    }
    const epicKey = epicKeyById.get(fetched.ref.parentId ?? '') ?? '';
    batch.set(fetched.issue.key, entryFor(fetched.issue, batch.get(epicKey), true, sources));
    added = true;
  }
  if (gone.length) {
    await removeMirrors(ctx, gone);
    reporter.count('deleted', gone.length);
  }
  return added;
}
