import { importBacklog } from '../../services/backlog/import-backlog';
import { getDigests, saveDigests } from '../../services/github-sync/github-digests';
import { findMirroredByKeys } from '../../services/github-sync/github-refs';
import { findInitiativeIdsByKeys, type SyncDirectory } from '../../services/github-sync/sync-directory';
import type { ServiceContext } from '../../services/shared/context';
import type { FieldValue } from './board-item';
import type { GithubIssue } from './github-issue';
import { toElementDraft, type ElementDraft } from './map-element';
import { currentKey, type RepoAliases } from './repo-aliases';
import { planElements } from './plan-elements';
import type { SyncReporter } from './sync-reporter';

export interface ElementEntry {
  issue: GithubIssue;
  /** The board's values for it; null when read from the repository without a board. */
  values: Record<string, FieldValue> | null;
}

/** The draft's links under the repositories' current names. */
function withCurrentNames(draft: ElementDraft, aliases: RepoAliases): ElementDraft {
  if (aliases.size === 0) return draft;
  const current = (keys: string[]) => [...new Set(keys.map((k) => currentKey(aliases, k)))];
  return {
    ...draft,
    dependsOn: current(draft.dependsOn),
    epics: current(draft.epics),
    linkedIssues: current(draft.linkedIssues),
  };
}

/**
 * Writes roadmap elements with their links, after the backlog: an element's *Oppgaver* name epics,
 * which must be there to be linked. All elements of a batch go in one import, so dependencies
 * between them resolve.
 */
export async function applyElements(
  ctx: ServiceContext,
  entries: ElementEntry[],
  directory: SyncDirectory,
  reporter: SyncReporter,
  aliases: RepoAliases,
): Promise<void> {
  if (entries.length === 0) return;
  const drafts = entries.map((e) =>
    withCurrentNames(toElementDraft(e.issue, e.values, directory.productIds), aliases),
  );
  const linked = [...new Set(drafts.flatMap((d) => [...d.dependsOn, ...d.epics]))];
  const stored = await findMirroredByKeys(ctx, [...entries.map((e) => e.issue.key), ...linked]);
  const byKey = new Map(stored.map((r) => [r.key, r]));
  const initiativeIdsByKey = await findInitiativeIdsByKeys(
    ctx,
    drafts.flatMap((d) => d.initiativeKeys),
  );
  const plan = planElements(drafts, {
    stored: byKey,
    isKnownEpic: (key) => byKey.get(key)?.type === 'epic',
    initiativeIdsByKey,
    initiativesByIssue: directory.initiativesByIssue,
    digests: await getDigests(
      ctx,
      entries.map((e) => e.issue.key),
    ),
  });
  reporter.count('unchanged', plan.unchanged);
  for (const s of plan.skipped) reporter.skip(s.ref, s.reason);
  for (const d of drafts)
    if (d.placeholders > 0)
      reporter.skip(d.element.ref, `${d.placeholders} placeholder row(s) such as “Draft epos”, not links`);
  reporter.phase('roadmap', plan.elements.length);
  if (plan.elements.length === 0) return;
  const result = await importBacklog(ctx, { elements: plan.elements, items: [] });
  await saveDigests(ctx, plan.digests);
  reporter.count('created', result.created);
  reporter.count('updated', result.updated);
  reporter.advance(plan.elements.length);
}
