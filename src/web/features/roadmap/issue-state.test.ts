import { describe, expect, it } from 'vitest';
import { githubAddress, githubRefOf, issueCounts, issueOutcome } from './issue-state';

const github = { owner: 'digdir', repo: 'roadmap', number: 12, nodeId: null, url: null };

describe('issue states', () => {
  it('counts closed as completed, or without a reason, as done', () => {
    expect(issueOutcome({ state: 'closed', stateReason: 'completed' })).toBe('completed');
    expect(issueOutcome({ state: 'closed', stateReason: null })).toBe('completed');
    expect(issueOutcome({ state: 'open', stateReason: 'reopened' })).toBe('open');
    expect(issueOutcome({ state: 'closed', stateReason: 'not-planned' })).toBe('not-planned');
    expect(issueOutcome({ state: 'closed', stateReason: 'duplicate' })).toBe('duplicate');
  });

  it('leaves issues closed as not planned or duplicate out of the count, as the roll-up does', () => {
    expect(
      issueCounts([
        { state: 'closed', stateReason: 'completed' },
        { state: 'closed', stateReason: null },
        { state: 'open', stateReason: null },
        { state: 'closed', stateReason: 'not-planned' },
        { state: 'closed', stateReason: 'duplicate' },
      ]),
    ).toEqual({ counted: 3, completed: 2, dropped: 2 });
    expect(issueCounts([])).toEqual({ counted: 0, completed: 0, dropped: 0 });
  });

  it('links to GitHub by the stored address, or by owner/repo#N', () => {
    expect(githubAddress({ github: { ...github, url: 'https://github.com/x/y/issues/1' } })).toBe(
      'https://github.com/x/y/issues/1',
    );
    expect(githubAddress({ github })).toBe('https://github.com/digdir/roadmap/issues/12');
    expect(githubAddress({ github: null })).toBeNull();
    expect(githubRefOf({ github })).toBe('digdir/roadmap#12');
  });
});
