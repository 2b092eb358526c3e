import type { ImportItem } from '../../contracts/backlog-import';
import type { StoredGithubRef } from '../../services/github-sync/github-refs';
import { isEpic } from '../parse/labels';
import { parseEpicBody } from '../parse/parse-epic-body';
import { keyOf, type GithubIssue } from './github-issue';
import { digestOf } from './digest';
import { toImportItem } from './map-backlog-item';
import { currentKey, type RepoAliases } from './repo-aliases';

export interface BacklogEntry {
  issue: GithubIssue;
  /** The team whose backlog it is in; undefined keeps the stored team (an issue outside the backlogs). */
  teamId: string | null | undefined;
  epicLabels: readonly string[];
}

export interface BacklogPlan {
  /** Epics first, then their issues: the order the import writes them in. */
  items: ImportItem[];
  /** The digest of each item written, to save once it is. */
  digests: { ref: string; digest: string }[];
  unchanged: number;
  skipped: { ref: string; reason: string }[];
  /** Stored issues no epic claims any more: Rødtråd mirrors epics and their issues only. */
  removals: StoredGithubRef[];
  /** Issues an epic's checklist names that are neither in the batch nor stored: to be fetched. */
  missingChildren: { key: string; epicKey: string }[];
}

const refOf = (i: GithubIssue) => `${i.owner}/${i.repo}#${i.number}`;

/**
 * Decides, for a batch of backlog issues, which are epics, which issue belongs to which epic (its
 * GitHub parent when that is an epic, else the first epic whose checklist names it) and which
 * changed since they were stored (by the digest of what the import would write). A kind once stored stays: an epic whose label was removed keeps
 * its issues.
 */
export function planBacklog(
  entries: readonly BacklogEntry[],
  stored: ReadonlyMap<string, StoredGithubRef>,
  storedKeyById: ReadonlyMap<string, string>,
  digests: ReadonlyMap<string, string>,
  aliases: RepoAliases = new Map(),
): BacklogPlan {
  const kindOf = new Map<string, 'epic' | 'issue'>();
  for (const { issue, epicLabels } of entries) {
    const was = stored.get(issue.key)?.type;
    kindOf.set(
      issue.key,
      was === 'epic' || was === 'issue' ? was : isEpic(issue, epicLabels) ? 'epic' : 'issue',
    );
  }
  const isEpicKey = (key: string) =>
    kindOf.get(key) === 'epic' || (!kindOf.has(key) && stored.get(key)?.type === 'epic');
  const listedBy = new Map<string, string>();
  const batchKeys = new Set(entries.map((e) => e.issue.key));
  const missingChildren: BacklogPlan['missingChildren'] = [];
  for (const { issue } of entries) {
    if (kindOf.get(issue.key) !== 'epic') continue;
    for (const child of parseEpicBody(issue.body, { owner: issue.owner, repo: issue.repo }).children) {
      const key = currentKey(aliases, keyOf(child.owner, child.repo, child.number));
      if (key === issue.key || listedBy.has(key)) continue;
      listedBy.set(key, issue.key);
      if (!batchKeys.has(key) && !stored.has(key)) missingChildren.push({ key, epicKey: issue.key });
    }
  }

  const plan: BacklogPlan = {
    items: [],
    unchanged: 0,
    skipped: [],
    removals: [],
    missingChildren,
    digests: [],
  };
  const epics: ImportItem[] = [];
  const issues: ImportItem[] = [];
  const batchEpics = new Set(
    entries.filter((e) => kindOf.get(e.issue.key) === 'epic').map((e) => e.issue.key),
  );
  for (const { issue, teamId } of entries) {
    const kind = kindOf.get(issue.key)!;
    const before = stored.get(issue.key);
    const storedParent = before?.parentId ? storedKeyById.get(before.parentId) : undefined;
    // An epic's checklist is read only when the epic is in the batch; otherwise what is stored stands.
    const keptParent =
      storedParent && !issue.parentKey && !batchEpics.has(storedParent) ? storedParent : null;
    const parentKey =
      kind === 'epic'
        ? null
        : issue.parentKey && isEpicKey(issue.parentKey)
          ? issue.parentKey
          : (listedBy.get(issue.key) ?? keptParent);
    if (kind === 'issue' && !parentKey) {
      if (before) plan.removals.push(before);
      else
        plan.skipped.push({
          ref: refOf(issue),
          reason: issue.parentKey
            ? 'its parent is not an epic Rødtråd follows'
            : 'neither an epic nor an epic’s issue',
        });
      continue;
    }
    const item = toImportItem(issue, { kind, teamId, parentRef: parentKey });
    const digest = digestOf(item);
    // The digest has the parent's reference; the stored parent is compared as well, by key.
    const sameParent = kind === 'epic' || storedParent === parentKey;
    if (before && sameParent && digests.get(issue.key) === digest) {
      plan.unchanged += 1;
      continue;
    }
    plan.digests.push({ ref: issue.key, digest });
    (kind === 'epic' ? epics : issues).push(item);
  }
  plan.items = [...epics, ...issues];
  return plan;
}
