import { describe, expect, it } from 'vitest';
import { backlogUrl } from './backlog-list';

describe('backlogUrl', () => {
  it('opens a GitHub repository on GitHub and any web address as it is', () => {
    expect(backlogUrl({ kind: 'github-repository', ref: 'demoetaten/team-backlog' })).toBe(
      'https://github.com/demoetaten/team-backlog',
    );
    expect(backlogUrl({ kind: 'github-project', ref: 'https://github.com/orgs/x/projects/3' })).toBe(
      'https://github.com/orgs/x/projects/3',
    );
  });

  it('links nothing it cannot place', () => {
    expect(backlogUrl({ kind: 'github-project', ref: 'orgs/x/projects/3' })).toBeNull();
    expect(backlogUrl({ kind: 'other', ref: 'Jira: TEAM' })).toBeNull();
    expect(backlogUrl({ kind: 'github-repository', ref: 'javascript:alert(1)' })).toBeNull();
  });
});
