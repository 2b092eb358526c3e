import { describe, expect, it } from 'vitest';
import { DEFAULT_EPIC_LABELS, isEpic, splitLabels } from './labels';

describe('splitLabels', () => {
  it('sorts product, program, org, priority and ignore labels from the rest', () => {
    expect(
      splitLabels([
        'product/dialogporten',
        'program/nye-altinn',
        'Program/Datadeling',
        'org/skatteetaten',
        'Prioritet=Nå',
        'admin/ignorer',
        '🐛 bug',
        'good first issue',
      ]),
    ).toEqual({
      product: 'dialogporten',
      programs: ['nye-altinn', 'Datadeling'],
      orgs: ['skatteetaten'],
      priority: 'Nå',
      ignored: true,
      others: ['🐛 bug', 'good first issue'],
    });
  });

  it('takes the first of several product labels and keeps the others', () => {
    const labels = splitLabels(['product/altinn-studio', 'Product / altinn-formidling']);
    expect(labels.product).toBe('altinn-studio');
    expect(labels.others).toEqual(['Product / altinn-formidling']);
  });

  it('gives nothing for no labels', () => {
    expect(splitLabels([])).toEqual({
      product: null,
      programs: [],
      orgs: [],
      priority: null,
      ignored: false,
      others: [],
    });
  });
});

describe('isEpic', () => {
  it.each([
    [{ type: 'Epic', labels: [] }],
    [{ type: 'epic', labels: [] }],
    [{ type: null, labels: ['Epic'] }],
    [{ type: null, labels: ['kind/epic'] }],
    [{ type: null, labels: ['☂️ epic'] }],
    [{ type: null, labels: ['☂ Epic'] }],
    [{ type: 'Task', labels: ['bug', ' ☂️  EPIC '] }],
  ])('%j is an epic', (issue) => {
    expect(isEpic(issue, DEFAULT_EPIC_LABELS)).toBe(true);
  });

  it.each([
    [{ type: null, labels: [] }],
    [{ type: 'Feature', labels: ['epics-later', 'kind/feature'] }],
    [{ type: 'Bug', labels: ['epic-ish'] }],
  ])('%j is no epic', (issue) => {
    expect(isEpic(issue)).toBe(false);
  });

  it('uses the labels a repository configures instead of the defaults', () => {
    expect(isEpic({ type: null, labels: ['Epos'] }, ['Epos'])).toBe(true);
    expect(isEpic({ type: null, labels: ['Epic'] }, ['Epos'])).toBe(false);
  });
});
