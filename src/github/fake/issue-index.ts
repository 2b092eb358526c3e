import type { IssueRecord, IssueState } from './fake-model';

export interface IssueListQuery {
  state: IssueState | 'all';
  /** Epoch ms: only issues updated at or after it. */
  since: number | null;
  sort: 'created' | 'updated';
  direction: 'asc' | 'desc';
  /** Lower-case label names the issue must all carry. */
  labels: readonly string[];
}

type Key = 'created' | 'updated';

function compare(key: Key, a: IssueRecord, b: IssueRecord): number {
  return a[key].ms - b[key].ms || a.id - b.id;
}

/** First index whose (ms, id) is not below the given one. */
function lowerBound(list: IssueRecord[], key: Key, ms: number, id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = list[mid] as IssueRecord;
    if (item[key].ms < ms || (item[key].ms === ms && item.id < id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A repository's live issues, ordered by created and by updated time, and the filtered lists that
 * list requests asked for. A paged import asks for the same filtered list a hundred times over, so it
 * is built once and cached until something in the repository changes; an edit moves one issue in the
 * updated order instead of re-sorting everything.
 */
export class IssueIndex {
  private readonly live = new Set<IssueRecord>();
  private ordered: Record<Key, IssueRecord[] | null> = { created: [], updated: [] };
  private readonly results = new Map<string, IssueRecord[]>();

  get size(): number {
    return this.live.size;
  }

  add(issue: IssueRecord): void {
    this.live.add(issue);
    for (const key of ['created', 'updated'] as const) {
      const list = this.ordered[key];
      const last = list?.[list.length - 1];
      if (list && (!last || compare(key, last, issue) < 0)) list.push(issue);
      else this.ordered[key] = null;
    }
    this.results.clear();
  }

  remove(issue: IssueRecord): void {
    this.live.delete(issue);
    for (const key of ['created', 'updated'] as const) {
      const list = this.ordered[key];
      if (!list) continue;
      const at = lowerBound(list, key, issue[key].ms, issue.id);
      if (list[at] === issue) list.splice(at, 1);
      else this.ordered[key] = null;
    }
    this.results.clear();
  }

  /** Call after changing anything of a live issue; `previousUpdatedMs` is its updated time before. */
  changed(issue: IssueRecord, previousUpdatedMs: number): void {
    const list = this.ordered.updated;
    if (list && previousUpdatedMs !== issue.updated.ms) {
      const at = lowerBound(list, 'updated', previousUpdatedMs, issue.id);
      if (list[at] === issue) {
        list.splice(at, 1);
        list.splice(lowerBound(list, 'updated', issue.updated.ms, issue.id), 0, issue);
      } else {
        this.ordered.updated = null;
      }
    }
    this.results.clear();
  }

  query(query: IssueListQuery): IssueRecord[] {
    const cacheKey = `${query.state}|${query.since}|${query.sort}|${query.direction}|${query.labels.join(',')}`;
    const cached = this.results.get(cacheKey);
    if (cached) return cached;
    const ordered = this.sorted(query.sort);
    let from = 0;
    if (query.since !== null && query.sort === 'updated') {
      from = lowerBound(ordered, 'updated', query.since, 0);
    }
    const result: IssueRecord[] = [];
    for (let i = from; i < ordered.length; i += 1) {
      const issue = ordered[i] as IssueRecord;
      if (query.state !== 'all' && issue.state !== query.state) continue;
      if (query.since !== null && issue.updated.ms < query.since) continue;
      if (query.labels.length > 0 && !hasAllLabels(issue, query.labels)) continue;
      result.push(issue);
    }
    if (query.direction === 'desc') result.reverse();
    // A handful of queries are live at once (an import, a reconcile); more means stale ones.
    if (this.results.size >= 16) this.results.clear();
    this.results.set(cacheKey, result);
    return result;
  }

  private sorted(key: Key): IssueRecord[] {
    let list = this.ordered[key];
    if (!list) {
      list = [...this.live].sort((a, b) => compare(key, a, b));
      this.ordered[key] = list;
    }
    return list;
  }
}

function hasAllLabels(issue: IssueRecord, wanted: readonly string[]): boolean {
  return wanted.every((name) => issue.labels.some((label) => label.name.toLowerCase() === name));
}
