import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { GithubSettingsSchema } from '../../../contracts/github-sync';
import { repoRef, settingsFrom } from './connect-flags';

const flags = { portfolio: repoRef('digdir/portefolje'), roadmap: repoRef('digdir/roadmap') };

describe('repoRef', () => {
  it('reads owner/repo and refuses anything else', () => {
    expect(repoRef(' digdir/roadmap ')).toEqual({ owner: 'digdir', repo: 'roadmap' });
    for (const bad of ['roadmap', 'a/b/c', 'https://github.com/a/b', 'a b/c']) {
      expect(() => repoRef(bad)).toThrow(InvalidArgumentError);
    }
  });
});

describe('settingsFrom', () => {
  it('saves the sources as given, with no board when none is given, and turns the sync on', () => {
    const saved = GithubSettingsSchema.parse({
      enabled: false,
      portfolio: { owner: 'x', repo: 'y', project: 3, phaseField: 'Steg' },
      epicLabels: ['Epos'],
      epicLabelsByRepository: { 'a/b': ['Stor'] },
    });
    expect(GithubSettingsSchema.parse(settingsFrom(flags, saved))).toEqual({
      enabled: true,
      portfolio: { owner: 'digdir', repo: 'portefolje', project: null, phaseField: 'Fase' },
      roadmap: { owner: 'digdir', repo: 'roadmap', project: null, writeBack: false },
      epicLabels: ['Epos'],
      epicLabelsByRepository: { 'a/b': ['Stor'] },
    });
  });

  it('replaces the epic labels when given and takes the boards, phase field and write-back', () => {
    const input = settingsFrom(
      {
        ...flags,
        portfolioProject: 1,
        phaseField: 'Steg',
        roadmapProject: 2,
        writeBack: true,
        epicLabel: ['kind/epic'],
      },
      null,
    );
    expect(GithubSettingsSchema.parse(input)).toMatchObject({
      portfolio: { project: 1, phaseField: 'Steg' },
      roadmap: { project: 2, writeBack: true },
      epicLabels: ['kind/epic'],
      epicLabelsByRepository: {},
    });
  });
});
