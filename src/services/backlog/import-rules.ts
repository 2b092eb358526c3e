import type { BacklogImport } from '../../contracts/backlog-import';
import { GITHUB_REF_PATTERN } from '../../contracts/github-ref';
import type { GithubKey } from '../../store/repositories/backlog-import-repository';
import { AppError } from '../shared/app-error';

/** "Owner/Repo#12" → the stored key (GitHub names are case-insensitive; stored in lower case). */
export function parseIssueRef(ref: string): GithubKey {
  const [, owner = '', repo = '', number = '0'] = GITHUB_REF_PATTERN.exec(ref) ?? [];
  return { owner: owner.toLowerCase(), repo: repo.toLowerCase(), number: Number(number) };
}

const refused = (code: 'validation-failed' | 'duplicate' | 'invalid-link', path: string, message: string) =>
  new AppError(code, `${path}: ${message}`, { issues: [{ path, message }] });

function assertUniqueRefs(list: ReadonlyArray<{ ref: string }>, path: string): void {
  const seen = new Set<string>();
  list.forEach((entry, n) => {
    const key = `${parseIssueRef(entry.ref).owner}/${parseIssueRef(entry.ref).repo}#${parseIssueRef(entry.ref).number}`;
    if (seen.has(key)) throw refused('duplicate', `${path}[${n}].ref`, `${entry.ref} is listed twice`);
    seen.add(key);
  });
}

function assertDistinctList(list: readonly string[] | undefined, path: string): void {
  const keys = (list ?? []).map((r) => JSON.stringify(parseIssueRef(r)));
  const repeated = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (repeated >= 0) throw refused('duplicate', path, `${list?.[repeated]} is listed twice`);
}

function assertState(state: string | undefined, reason: string | null | undefined, path: string): void {
  if (state === 'open' && reason && reason !== 'reopened') {
    throw refused(
      'validation-failed',
      `${path}.stateReason`,
      `an open item cannot have state reason ${reason}`,
    );
  }
  if (state === 'closed' && reason === 'reopened') {
    throw refused(
      'validation-failed',
      `${path}.stateReason`,
      'a closed item cannot have state reason reopened',
    );
  }
}

function assertOrder(from: string | null | undefined, to: string | null | undefined, path: string): void {
  if (from && to && to < from) throw refused('validation-failed', path, `${to} is before ${from}`);
}

/**
 * The rules an import can check without the database: each reference once, links named once, state
 * and reason that belong together, dates in order, and links only between the right kinds.
 */
export function checkImport(input: BacklogImport): void {
  assertUniqueRefs(input.elements, 'elements');
  assertUniqueRefs(input.items, 'items');
  input.elements.forEach((e, n) => {
    const path = `elements[${n}]`;
    assertOrder(e.startOn, e.endOn, `${path}.endOn`);
    assertState(e.state, e.stateReason, path);
    assertDistinctList(e.dependsOn, `${path}.dependsOn`);
    assertDistinctList(e.epics, `${path}.epics`);
    if (e.dependsOn?.some((r) => JSON.stringify(parseIssueRef(r)) === JSON.stringify(parseIssueRef(e.ref)))) {
      throw new AppError('link-cycle', `${path}.dependsOn: ${e.ref} cannot depend on itself`);
    }
  });
  input.items.forEach((item, n) => {
    const path = `items[${n}]`;
    assertOrder(item.startOn, item.dueOn, `${path}.dueOn`);
    assertState(item.state, item.stateReason, path);
    assertDistinctList(item.roadmapElements, `${path}.roadmapElements`);
    if (item.kind === 'epic' && item.parent) {
      throw refused(
        'invalid-link',
        `${path}.parent`,
        'an epic has no parent: roadmap elements point to epics',
      );
    }
    if (item.kind === 'issue' && item.roadmapElements?.length) {
      throw refused('invalid-link', `${path}.roadmapElements`, 'only epics serve roadmap elements');
    }
  });
}
