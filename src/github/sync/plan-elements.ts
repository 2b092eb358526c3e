import type { ImportElement } from '../../contracts/backlog-import';
import type { StoredGithubRef } from '../../services/github-sync/github-refs';
import type { ElementDraft } from './map-element';
import { digestOf } from './digest';

export interface ElementContext {
  stored: ReadonlyMap<string, StoredGithubRef>;
  /** Epics imported in this run or stored, by lower-case key. */
  isKnownEpic: (key: string) => boolean;
  initiativeIdsByKey: ReadonlyMap<string, string>;
  initiativesByIssue: ReadonlyMap<string, string>;
  /** What the import last wrote from each element, as a digest. */
  digests: ReadonlyMap<string, string>;
}

export interface ElementPlan {
  elements: ImportElement[];
  digests: { ref: string; digest: string }[];
  unchanged: number;
  skipped: { ref: string; reason: string }[];
}

/**
 * Resolves the elements' links: dependencies on elements Rødtråd has, epics it follows, initiatives
 * named by case number or linked by issue. What cannot be resolved is reported, never guessed; a
 * dependency that would close a cycle is dropped and reported.
 */
export function planElements(drafts: readonly ElementDraft[], ctx: ElementContext): ElementPlan {
  const plan: ElementPlan = { elements: [], digests: [], unchanged: 0, skipped: [] };
  const inBatch = new Set(drafts.map((d) => d.element.ref.toLowerCase()));
  const isElement = (key: string) => inBatch.has(key) || ctx.stored.get(key)?.type === 'element';
  const edges = new Map<string, string[]>();
  for (const draft of drafts) {
    const ref = draft.element.ref;
    const key = ref.toLowerCase();
    // The draft holds the issue's fields, its board values and the links its body names.
    const digest = digestOf(draft);
    if (ctx.stored.has(key) && ctx.digests.get(key) === digest) {
      plan.unchanged += 1;
      continue;
    }
    plan.digests.push({ ref: key, digest });
    const dependsOn = draft.dependsOn.filter((dep) => {
      if (isElement(dep)) return true;
      if (!ctx.initiativesByIssue.has(dep))
        plan.skipped.push({
          ref,
          reason: `depends on ${dep}, which is not a roadmap element Rødtråd follows`,
        });
      return false;
    });
    const epics = draft.epics.filter((epic) => {
      if (ctx.isKnownEpic(epic)) return true;
      plan.skipped.push({
        ref,
        reason: `lists ${epic} under Oppgaver, which is not an epic Rødtråd can read`,
      });
      return false;
    });
    const initiativeIds = [
      ...draft.initiativeKeys.flatMap((k) => ctx.initiativeIdsByKey.get(k) ?? []),
      ...draft.linkedIssues.flatMap((k) => ctx.initiativesByIssue.get(k) ?? []),
    ];
    if (draft.unknownProduct)
      plan.skipped.push({
        ref,
        reason: `product/${draft.unknownProduct} names no product in Rødtråd (kept as a label)`,
      });
    edges.set(key, dependsOn);
    plan.elements.push({
      ...draft.element,
      dependsOn,
      epics,
      // An element whose body names no initiative keeps the links people made in Rødtråd.
      ...(initiativeIds.length > 0 ? { initiativeIds: [...new Set(initiativeIds)].slice(0, 50) } : {}),
    });
  }
  dropCycles(plan, edges);
  return plan;
}

/** Removes, element by element, a dependency that leads back to it through the batch. */
function dropCycles(plan: ElementPlan, edges: Map<string, string[]>): void {
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean => {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return (edges.get(from) ?? []).some((next) => reaches(next, target, seen));
  };
  for (const element of plan.elements) {
    const key = element.ref.toLowerCase();
    const kept: string[] = [];
    for (const dep of element.dependsOn ?? []) {
      edges.set(key, kept);
      if (reaches(dep, key)) {
        plan.skipped.push({ ref: element.ref, reason: `depending on ${dep} would make a cycle` });
      } else kept.push(dep);
    }
    edges.set(key, kept);
    element.dependsOn = kept;
  }
}
