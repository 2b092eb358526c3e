import type { ItemKind } from '../../contracts/strategy';

/**
 * Item kinds that state an aim an initiative can serve; key results, actions and assignments sit below
 * them. The same kinds as the portfolio check's query (store/repositories/checks/goal-checks.ts).
 */
export const GOAL_KINDS: readonly ItemKind[] = ['goal', 'objective'];

export interface CoverageItem {
  id: string;
  parentId: string | null;
  kind: ItemKind;
  /** The item's period end, else its source's; null when neither has one. */
  periodEnd: string | null;
}

export interface CoverageLink {
  itemId: string;
  /** A stopped initiative serves nothing. */
  stopped: boolean;
}

export interface ItemCoverage {
  covered: boolean;
  ended: boolean;
  goalWithout: boolean;
}

/**
 * Which strategic items are served, by the rule of the portfolio check "strategic goals with no
 * initiative": an item is covered when an initiative that is not stopped serves it or an item below it;
 * a goal or objective whose period has not ended and that is not covered is a goal without initiative.
 */
export function strategyCoverage(
  items: readonly CoverageItem[],
  links: readonly CoverageLink[],
  today: string,
): Map<string, ItemCoverage> {
  const parentOf = new Map(items.map((item) => [item.id, item.parentId]));
  const covered = new Set<string>();
  for (const link of links) {
    if (link.stopped) continue;
    // Walk up to the top; stop where an earlier walk already went (and on a cycle, which bad data could hold).
    let id: string | null | undefined = link.itemId;
    while (id && !covered.has(id)) {
      covered.add(id);
      id = parentOf.get(id);
    }
  }
  const result = new Map<string, ItemCoverage>();
  for (const item of items) {
    const isCovered = covered.has(item.id);
    const ended = item.periodEnd !== null && item.periodEnd < today;
    result.set(item.id, {
      covered: isCovered,
      ended,
      goalWithout: GOAL_KINDS.includes(item.kind) && !ended && !isCovered,
    });
  }
  return result;
}

/**
 * Items as a tree read top to bottom: each parent followed by its children, siblings in the order
 * given. An item whose parent is not among them is a root.
 */
export function inTreeOrder<T extends { id: string; parentId: string | null }>(items: readonly T[]): T[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(item);
    else children.set(parent, [item]);
  }
  const ordered: T[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    for (const item of children.get(parent) ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      ordered.push(item);
      visit(item.id);
    }
  };
  visit(null);
  return ordered;
}
