import { describe, expect, it } from 'vitest';
import { parseChecklist } from './checklist';

const context = { owner: 'digdir', repo: 'roadmap' };
const items = (text: string | null) => parseChecklist(text, context).items;

describe('parseChecklist', () => {
  it('reads checkboxes, bullets, numbered items and plain lines', () => {
    const text = `- [ ] https://github.com/digdir/dialogporten/issues/12
- [x] Altinn/altinn-studio#3
* [X] #4 Innlogging
+ Ferdig epos
1. navikt/aksel#1201 (tokens)
2) Draft epos
Vi venter på ID-porten
  - [ ] Underpunkt`;
    expect(items(text)).toEqual([
      {
        text: 'https://github.com/digdir/dialogporten/issues/12',
        checked: false,
        link: { owner: 'digdir', repo: 'dialogporten', number: 12 },
        placeholder: false,
      },
      {
        text: 'Altinn/altinn-studio#3',
        checked: true,
        link: { owner: 'Altinn', repo: 'altinn-studio', number: 3 },
        placeholder: false,
      },
      {
        text: '#4 Innlogging',
        checked: true,
        link: { owner: 'digdir', repo: 'roadmap', number: 4 },
        placeholder: false,
      },
      { text: 'Ferdig epos', checked: null, link: null, placeholder: false },
      {
        text: 'navikt/aksel#1201 (tokens)',
        checked: null,
        link: { owner: 'navikt', repo: 'aksel', number: 1201 },
        placeholder: false,
      },
      { text: 'Draft epos', checked: null, link: null, placeholder: true },
      { text: 'Vi venter på ID-porten', checked: null, link: null, placeholder: false },
      { text: 'Underpunkt', checked: false, link: null, placeholder: false },
    ]);
  });

  it('reads the items of a retired tasklist block, without its title', () => {
    const text = '```[tasklist]\n### Tasks\n- [ ] #7\n- [ ] Draft avhengighet\n```';
    expect(items(text).map((item) => [item.text, item.link?.number ?? null, item.placeholder])).toEqual([
      ['#7', 7, false],
      ['Draft avhengighet', null, true],
    ]);
  });

  it('counts empty rows as placeholders and skips blank lines, rules, headings and other code', () => {
    const text =
      '- [ ]\n*\n\n---\n### Oppgaver\n<!-- - [ ] #9 -->\n```mermaid\ngantt\n  Epos #2 :a1, 2026-01-05, 30d\n```';
    expect(items(text)).toEqual([
      { text: '', checked: false, link: null, placeholder: true },
      { text: '', checked: null, link: null, placeholder: true },
    ]);
  });

  it('prefers a link over placeholder words on the same row', () => {
    expect(items('- [ ] Draft epos https://github.com/o/r/issues/1')[0]).toMatchObject({
      link: { owner: 'o', repo: 'r', number: 1 },
      placeholder: false,
    });
  });

  it('gives no items for an empty list or a missing section', () => {
    expect(items('')).toEqual([]);
    expect(items(null)).toEqual([]);
  });
});
