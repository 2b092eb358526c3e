import { describe, expect, it } from 'vitest';
import { IssueIndex } from './issue-index';
import { stampOf } from './fake-model';
import type { IssueRecord } from './fake-model';

function issue(
  id: number,
  createdMs: number,
  updatedMs: number,
  state: 'open' | 'closed' = 'open',
): IssueRecord {
  return {
    id,
    number: id,
    state,
    labels: [],
    created: stampOf(createdMs),
    updated: stampOf(updatedMs),
  } as unknown as IssueRecord;
}

const all = { state: 'all', since: null, labels: [] } as const;

describe('IssueIndex', () => {
  it('keeps created and updated order as issues arrive out of order and change', () => {
    const index = new IssueIndex();
    const a = issue(1, 3000, 5000);
    const b = issue(2, 1000, 2000);
    const c = issue(3, 2000, 9000);
    for (const record of [a, b, c]) index.add(record);
    const ids = (sort: 'created' | 'updated', direction: 'asc' | 'desc' = 'asc') =>
      index.query({ ...all, sort, direction }).map((record) => record.id);
    expect(ids('created')).toEqual([2, 3, 1]);
    expect(ids('updated')).toEqual([2, 1, 3]);

    const before = b.updated.ms;
    b.updated = stampOf(10_000);
    index.changed(b, before);
    expect(ids('updated')).toEqual([1, 3, 2]);
    expect(ids('updated', 'desc')).toEqual([2, 3, 1]);

    index.remove(c);
    expect(ids('updated')).toEqual([1, 2]);
    expect(index.size).toBe(2);
  });

  it('filters by since (inclusive) and state, and forgets cached lists after a change', () => {
    const index = new IssueIndex();
    const records = [issue(1, 0, 1000), issue(2, 0, 2000, 'closed'), issue(3, 0, 3000)];
    for (const record of records) index.add(record);
    const query = { state: 'open', since: 2000, sort: 'updated', direction: 'asc', labels: [] } as const;
    expect(index.query(query).map((record) => record.id)).toEqual([3]);
    const first = records[0] as IssueRecord;
    const before = first.updated.ms;
    first.updated = stampOf(4000);
    index.changed(first, before);
    expect(index.query(query).map((record) => record.id)).toEqual([3, 1]);
    expect(index.query({ ...query, state: 'all', since: 2000 }).map((record) => record.id)).toEqual([
      2, 3, 1,
    ]);
  });
});
