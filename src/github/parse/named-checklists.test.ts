import { describe, expect, it } from 'vitest';
import { collectNamedChecklists } from './named-checklists';

const aliases = { dependencies: ['Avhengigheter'], epics: ['Oppgaver', 'Tasks'] };

describe('collectNamedChecklists', () => {
  it('takes whole sections named by a kind', () => {
    const sections = new Map([
      ['avhengigheter', '- [ ] #1'],
      ['tasks', '- [ ] #2'],
      ['oppgaver', '- [ ] #3'],
    ]);
    expect(collectNamedChecklists(sections, aliases)).toEqual({
      dependencies: ['- [ ] #1'],
      epics: ['- [ ] #2', '- [ ] #3'],
    });
  });

  it('sorts tasklist blocks in other sections by their own title, else to the fallback', () => {
    const gjennomforing = [
      '```[tasklist]\n### Avhengigheter\n- [ ] #1\n```',
      '```[tasklist]\n### Frontend\n- [ ] #2\n```',
      '```mermaid\n### Avhengigheter\n```',
    ].join('\n');
    const sections = new Map([['gjennomføring', gjennomforing]]);
    expect(collectNamedChecklists(sections, aliases, 'epics')).toEqual({
      dependencies: ['```[tasklist]\n### Avhengigheter\n- [ ] #1\n```'],
      epics: ['```[tasklist]\n### Frontend\n- [ ] #2\n```'],
    });
    expect(collectNamedChecklists(sections, aliases).epics).toEqual([]);
  });
});
