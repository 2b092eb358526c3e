import { describe, expect, it } from 'vitest';
import type { GithubSettings } from '../../../contracts/github-sync';
import {
  checkGithubSettings,
  draftOf,
  serverSettingsErrors,
  splitLabels,
  toSettingsInput,
  type GithubSettingsDraft,
} from './github-settings-draft';

const SAVED: GithubSettings = {
  enabled: false,
  portfolio: { owner: 'digdir', repo: 'portefolje', project: 1, phaseField: 'Fase' },
  roadmap: { owner: 'digdir', repo: 'roadmap', project: 2, writeBack: true },
  epicLabels: ['Epic', 'kind/epic'],
  epicLabelsByRepository: { 'altinn/team-1': ['epos'] },
};

const filled = (): GithubSettingsDraft => draftOf(SAVED);

describe('the GitHub settings form', () => {
  it('starts from the saved settings, numbers and labels as text', () => {
    expect(draftOf(SAVED)).toEqual({
      portfolio: { owner: 'digdir', repo: 'portefolje', project: '1', phaseField: 'Fase' },
      roadmap: { owner: 'digdir', repo: 'roadmap', project: '2', writeBack: true },
      epicLabels: 'Epic, kind/epic',
    });
  });

  it('starts empty with the default phase field and epic labels when nothing is saved', () => {
    const draft = draftOf(null);
    expect(draft.portfolio).toEqual({ owner: '', repo: '', project: '', phaseField: 'Fase' });
    expect(draft.epicLabels).toBe('Epic, kind/epic, ☂️ epic');
  });

  it('sends what it shows and keeps what it does not (enabled, labels per repository)', () => {
    const check = checkGithubSettings(filled(), SAVED);
    expect(check.ok).toBe(true);
    expect(check.ok && check.settings).toEqual({ ...SAVED });
  });

  it('leaves out a source whose owner, repository and board are all empty', () => {
    const draft = filled();
    draft.roadmap = { owner: ' ', repo: '', project: '', writeBack: true };
    expect(toSettingsInput(draft, null).roadmap).toBeNull();
    expect(toSettingsInput(draft, null).enabled).toBe(true);
  });

  it('splits the epic labels at commas and drops empty ones', () => {
    expect(splitLabels(' Epic ,, ☂️ epic,')).toEqual(['Epic', '☂️ epic']);
  });

  it('says which fields are wrong, in the order of the form', () => {
    const draft = filled();
    draft.portfolio.repo = '';
    draft.portfolio.owner = 'digdir org';
    draft.roadmap.project = '2,5';
    draft.portfolio.phaseField = ' ';
    const check = checkGithubSettings(draft, SAVED);
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual([
      { path: 'portfolio.owner', kind: 'name' },
      { path: 'portfolio.repo', kind: 'required' },
      { path: 'portfolio.phaseField', kind: 'required' },
      { path: 'roadmap.project', kind: 'project' },
    ]);
  });

  it('refuses a board number of zero and more than twenty epic labels', () => {
    const draft = filled();
    draft.portfolio.project = '0';
    draft.epicLabels = Array.from({ length: 21 }, (_, i) => `label-${i}`).join(',');
    expect(checkGithubSettings(draft, null).errors).toEqual([
      { path: 'portfolio.project', kind: 'project' },
      { path: 'epicLabels', kind: 'tooMany', limit: 20 },
    ]);
  });

  it('places the server’s validation issues on their fields and drops the others', () => {
    const errors = serverSettingsErrors({
      type: 'about:blank',
      status: 400,
      code: 'validation-failed',
      title: 'Invalid',
      issues: [
        { path: 'body.roadmap.repo', message: 'too long' },
        { path: 'body.epicLabels.2', message: 'empty' },
        { path: 'params.org', message: 'unknown' },
      ],
    });
    expect(errors).toEqual([
      { path: 'roadmap.repo', kind: 'server', message: 'too long' },
      { path: 'epicLabels', kind: 'server', message: 'empty' },
    ]);
  });
});
