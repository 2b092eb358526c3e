import type { Actor, IssueRecord } from './fake-model';
import type { FakeState } from './fake-state';

/** GitHub's limit of sub-issues under one parent. */
const MAX_SUB_ISSUES = 100;

function touch(state: FakeState, issue: IssueRecord): void {
  const previous = issue.updated.ms;
  issue.updated = state.now();
  issue.repo.index.changed(issue, previous);
}

/**
 * Makes `child` a sub-issue of `parent`. Returns why not (GitHub's 422 reasons), or null when done.
 * Both issues' updated_at move, since both timelines get an event.
 */
export function linkSubIssue(
  state: FakeState,
  parent: IssueRecord,
  child: IssueRecord,
  actor: Actor,
  replaceParent = false,
): string | null {
  if (parent === child) return 'An issue cannot be a sub-issue of itself';
  if (child.parent === parent) return 'Issue is already a sub-issue of this parent';
  if (child.parent && !replaceParent)
    return 'Issue may not contain duplicate sub-issues or have more than one parent';
  for (let up: IssueRecord | null = parent; up; up = up.parent) {
    if (up === child) return 'Sub-issues cannot form a cycle';
  }
  if (parent.children.length >= MAX_SUB_ISSUES)
    return `A parent issue may have at most ${MAX_SUB_ISSUES} sub-issues`;
  if (child.parent) unlinkSubIssue(state, child.parent, child, actor);
  child.parent = parent;
  parent.children.push(child);
  touch(state, parent);
  touch(state, child);
  state.listener.subIssueLinked('added', parent, child, actor);
  return null;
}

export function unlinkSubIssue(
  state: FakeState,
  parent: IssueRecord,
  child: IssueRecord,
  actor: Actor,
): boolean {
  if (child.parent !== parent) return false;
  child.parent = null;
  parent.children = parent.children.filter((issue) => issue !== child);
  touch(state, parent);
  touch(state, child);
  state.listener.subIssueLinked('removed', parent, child, actor);
  return true;
}
