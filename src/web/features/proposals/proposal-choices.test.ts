import { describe, expect, it } from 'vitest';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import type { Item, Source } from '../../../contracts/strategy';
import { initiativeChoices, strategyChoiceGroups, visibleChoices } from './proposal-choices';

const source = (id: string, title: string) => ({ id, title }) as Source;
const item = (
  id: string,
  sourceId: string,
  title: string,
  ref: string | null = null,
  parentId: string | null = null,
) => ({ id, sourceId, title, ref, parentId }) as Item;

describe('strategyChoiceGroups', () => {
  it('groups items by source and puts children under their parent', () => {
    const groups = strategyChoiceGroups(
      [source('s1', 'OKR 2026'), source('s2', 'Strategi'), source('s3', 'Tom kilde')],
      [
        item('kr1', 's1', 'Færre feil', 'KR1', 'o1'),
        item('g1', 's2', 'Enklere tjenester', 'Mål 1'),
        item('o1', 's1', 'Stabil drift', 'O1'),
        item('orphan', 's2', 'Uten forelder', null, 'missing'),
      ],
    );
    expect(groups).toEqual([
      {
        label: 'OKR 2026',
        choices: [
          { id: 'o1', label: 'O1 Stabil drift', depth: 0 },
          { id: 'kr1', label: 'KR1 Færre feil', depth: 1 },
        ],
      },
      {
        label: 'Strategi',
        choices: [
          { id: 'g1', label: 'Mål 1 Enklere tjenester', depth: 0 },
          { id: 'orphan', label: 'Uten forelder', depth: 0 },
        ],
      },
    ]);
  });
});

describe('initiativeChoices', () => {
  it('lists the newest case numbers first', () => {
    const summary = (id: string, key: string) => ({ id, key, title: id }) as InitiativeSummary;
    const labels = initiativeChoices([
      summary('a', 'Sak 9-2025'),
      summary('b', 'Sak 10-2026'),
      summary('c', 'Sak 2-2026'),
    ]);
    expect(labels.map((choice) => choice.label)).toEqual(['Sak 10-2026 b', 'Sak 2-2026 c', 'Sak 9-2025 a']);
  });
});

describe('visibleChoices', () => {
  const groups = [{ choices: ['Alfa', 'Beta', 'Gamma', 'Delta'].map((label) => ({ id: label, label })) }];

  it('filters by label, ignoring case, and keeps chosen ones', () => {
    const visible = visibleChoices(groups, ['Delta'], 'GA', 10);
    expect(visible.groups[0]?.choices.map((c) => c.id)).toEqual(['Gamma', 'Delta']);
    expect(visible).toMatchObject({ shown: 2, more: false });
  });

  it('lists at most max of the unchosen and says there are more', () => {
    const visible = visibleChoices(groups, ['Delta'], '', 2);
    expect(visible.groups[0]?.choices.map((c) => c.id)).toEqual(['Alfa', 'Beta', 'Delta']);
    expect(visible.more).toBe(true);
  });
});
