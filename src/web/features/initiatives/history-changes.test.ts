import { describe, expect, it } from 'vitest';
import { changedFields } from './history-changes';

describe('changedFields', () => {
  it('lists changed simple fields with their values and skips bookkeeping', () => {
    const before = {
      id: 'a',
      version: 1,
      updatedAt: 't1',
      title: 'Gammel',
      priority: null,
      personMonthsTotal: 4,
    };
    const after = {
      id: 'a',
      version: 2,
      updatedAt: 't2',
      title: 'Ny',
      priority: 'must',
      personMonthsTotal: 4,
    };
    expect(changedFields(before, after)).toEqual([
      { field: 'title', values: { before: 'Gammel', after: 'Ny' } },
      { field: 'priority', values: { before: null, after: 'must' } },
    ]);
  });

  it('names changed lists and objects without values', () => {
    const before = { okrs: [], allocation: null, milestones: [{ title: 'M1', done: false }] };
    const after = {
      okrs: [{ objective: 'O1', keyResults: [] }],
      allocation: { kind: 'teams', teamIds: ['t'] },
      milestones: [{ title: 'M1', done: false }],
    };
    expect(changedFields(before, after)).toEqual([
      { field: 'okrs', values: null },
      { field: 'allocation', values: null },
    ]);
  });

  it('treats a missing field as empty and reports removed fields', () => {
    expect(changedFields({ riskText: 'Høy', competence: null }, { competence: undefined })).toEqual([
      { field: 'riskText', values: { before: 'Høy', after: null } },
    ]);
  });

  it('has nothing to compare on creation or deletion', () => {
    expect(changedFields(null, { title: 'Ny' })).toEqual([]);
    expect(changedFields({ title: 'Gammel' }, null)).toEqual([]);
  });
});
