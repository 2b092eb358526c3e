import { describe, expect, it } from 'vitest';
import { NORWEGIAN_EPIC, SECTIONED_EPIC, SUB_ISSUES_EPIC, TASKLIST_EPIC } from './fixtures/epic-bodies';
import { parseEpicBody } from './parse-epic-body';

const context = { owner: 'Altinn', repo: 'altinn-studio' };
const link = (owner: string, repo: string, number: number) => ({ owner, repo, number });

describe('parseEpicBody', () => {
  it('takes children from the Tasks section only', () => {
    expect(parseEpicBody(SECTIONED_EPIC, context).children).toEqual([
      link('Altinn', 'altinn-studio', 102),
      link('Altinn', 'altinn-studio', 103),
      link('Altinn', 'app-frontend-react', 2001),
    ]);
  });

  it('takes the items of tasklist blocks, but not of one titled as dependencies', () => {
    expect(parseEpicBody(TASKLIST_EPIC, context).children).toEqual([
      link('Altinn', 'app-frontend-react', 1500),
      link('Altinn', 'altinn-studio', 1501),
    ]);
  });

  it('reads Norwegian bold headings and numbered lists', () => {
    expect(parseEpicBody(NORWEGIAN_EPIC, context).children).toEqual([
      link('Altinn', 'altinn-studio', 6),
      link('altinn', 'altinn-studio', 7),
    ]);
  });

  it('gives no children when the body lists none', () => {
    expect(parseEpicBody(SUB_ISSUES_EPIC, context).children).toEqual([]);
    expect(parseEpicBody('Se #1 og #2', context).children).toEqual([]);
    expect(parseEpicBody(null, context).children).toEqual([]);
  });
});
