import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  deserialiseDraft,
  isEmptyDraft,
  serialiseDraft,
  type ProposalDraft,
} from './proposal-draft';

const SAVED = new Date('2026-03-14T09:05:00.000Z');
const draft: ProposalDraft = {
  ...EMPTY_DRAFT,
  title: 'Felles innlogging',
  okrs: [{ objective: 'Mål', keyResults: [{ title: 'KR', target: '3' }] }],
  funding: [{ year: '2027', budgetItem: 'Drift', source: 'external', needNok: '10' }],
  priority: 'must',
  allocationKind: 'teams',
  teamIds: ['a'],
};

describe('stored drafts', () => {
  it('come back as they were saved, with the time', () => {
    expect(deserialiseDraft(serialiseDraft(draft, SAVED))).toEqual({ savedAt: SAVED.toISOString(), draft });
  });

  it('are nothing when missing, broken, of another version or empty', () => {
    expect(deserialiseDraft(null)).toBeNull();
    expect(deserialiseDraft('{not json')).toBeNull();
    expect(deserialiseDraft(JSON.stringify({ version: 2, savedAt: SAVED.toISOString(), draft }))).toBeNull();
    expect(deserialiseDraft(serialiseDraft(EMPTY_DRAFT, SAVED))).toBeNull();
  });

  it('keep what is usable of a damaged draft and empty the rest', () => {
    const text = JSON.stringify({
      version: 1,
      savedAt: SAVED.toISOString(),
      draft: { title: 'Beholdes', priority: 'urgent', okrs: 'none', teamIds: [1, 2], unknown: 'x' },
    });
    expect(deserialiseDraft(text)?.draft).toEqual({ ...EMPTY_DRAFT, title: 'Beholdes' });
  });

  it('know an untouched form from a started one', () => {
    expect(isEmptyDraft(EMPTY_DRAFT)).toBe(true);
    expect(isEmptyDraft({ ...EMPTY_DRAFT, ownerId: 'x' })).toBe(false);
  });
});
