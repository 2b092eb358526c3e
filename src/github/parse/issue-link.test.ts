import { describe, expect, it } from 'vitest';
import { findIssueReferences, parseIssueReference } from './issue-link';

const context = { owner: 'digdir', repo: 'roadmap' };
const link = (owner: string, repo: string, number: number) => ({ owner, repo, number });

describe('parseIssueReference', () => {
  it.each([
    ['https://github.com/digdir/dialogporten/issues/12', link('digdir', 'dialogporten', 12)],
    ['https://github.com/digdir/dialogporten/pull/12', link('digdir', 'dialogporten', 12)],
    ['https://ghe.example.no/team-x/backend/issues/7', link('team-x', 'backend', 7)],
    ['https://github.com/Altinn/altinn-studio/issues/12#issuecomment-1', link('Altinn', 'altinn-studio', 12)],
    ['https://github.com/altinn/altinn-studio/issues/12?tab=timeline', link('altinn', 'altinn-studio', 12)],
    ['https://api.github.com/repos/digdir/roadmap/issues/3', link('digdir', 'roadmap', 3)],
    ['https://ghe.example.no/api/v3/repos/o/r/issues/4', link('o', 'r', 4)],
    ['  <https://github.com/o/r.js/issues/5>  ', link('o', 'r.js', 5)],
    ['navikt/aksel#1201', link('navikt', 'aksel', 1201)],
    ['#12', link('digdir', 'roadmap', 12)],
  ])('reads %s', (text, expected) => {
    expect(parseIssueReference(text, context)).toEqual(expected);
  });

  it.each([
    'see #12',
    '#12 og #13',
    'https://github.com/orgs/digdir/projects/8/views/2',
    'https://github.com/digdir/roadmap/issues',
    'https://github.com/digdir/roadmap/issues/12abc',
    '#0',
    '#99999999',
    'Draft epos',
    '',
  ])('finds no single reference in %j', (text) => {
    expect(parseIssueReference(text, context)).toBeNull();
  });
});

describe('findIssueReferences', () => {
  it('finds URLs, owner/repo#N and #N in order, each once regardless of case', () => {
    const text = `Avhenger av https://github.com/Altinn/altinn-studio/issues/12 og altinn/Altinn-Studio#12,
deretter digdir/dialogporten#5 (se #7), og [epos](https://github.com/digdir/dialogporten/issues/5).`;
    expect(findIssueReferences(text, context)).toEqual([
      link('Altinn', 'altinn-studio', 12),
      link('digdir', 'dialogporten', 5),
      link('digdir', 'roadmap', 7),
    ]);
  });

  it('skips code, comments, HTML entities, anchors and link labels', () => {
    const text = `Kode: \`#1\` og &#39; og https://example.com/page#12 og www.x.no/a/b#3
<!-- https://github.com/o/r/issues/2 -->
[#8](https://github.com/o/r/issues/9)
\`\`\`mermaid
gantt
  Epos #4 :a1, 2026-01-05, 30d
\`\`\``;
    expect(findIssueReferences(text, context)).toEqual([link('o', 'r', 9)]);
  });

  it('reads the items of tasklist blocks, which GitHub linked', () => {
    const text = '```[tasklist]\n### Tasks\n- [ ] #14\n- [ ] o/r#15\n```';
    expect(findIssueReferences(text, context)).toEqual([link('digdir', 'roadmap', 14), link('o', 'r', 15)]);
  });

  it('reads a lone #N as GitHub does, and finds nothing in prose without one', () => {
    expect(findIssueReferences('Vi er nummer #1 i Norge, nr. 1.', context)).toEqual([
      link('digdir', 'roadmap', 1),
    ]);
    expect(findIssueReferences('Ingen avhengigheter. Se veikartet for 2026, C# og F#.', context)).toEqual([]);
  });
});
