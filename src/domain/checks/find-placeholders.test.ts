import { describe, expect, it } from 'vitest';
import { findPlaceholders } from './find-placeholders';

// Shaped like the issue-form bodies of the public roadmap (bokmål, nynorsk and English).
const bokmalDraft = `### Beskrivelse
Vi skal lage en felles løsning for innlogging i Nasjonal portal.

### Hvordan vil det virke?
Brukeren logger inn én gang.

### Oppgaver
\`\`\`[tasklist]
### Tasks
- [ ] Draft epos
- [ ] https://github.com/digdir/team-a/issues/12
\`\`\`

### Avhengigheter
- [ ] Draft avhengighet
`;

const nynorskTba = `### Skildring
Vi skal gjere det enklare å finne data.

### Korleis vil det verke?
TBA

### Avhengigheiter
N/A
`;

const englishMixed = `## Description
Improve the API gateway. TODO: write more.

## Tasks
- digdir/roadmap#12
- #14

## Dependencies
-

## Timeline
.
`;

const complete = `### Beskrivelse
Ny versjon av Altinn-innboksen, med varsler. Sjekk todos i teamets tavle og "TAB"-tasten.

### Oppgaver
- [x] https://github.com/digdir/team-a/issues/3
- [ ] https://github.com/digdir/team-a/issues/4

### Avhengigheter
Ingen kjente.
`;

describe('findPlaceholders', () => {
  it.each([
    ['a bokmål body with the draft rows left', bokmalDraft, ['Draft epos', 'Draft avhengighet']],
    ['a nynorsk body with TBA and N/A', nynorskTba, ['TBA', 'NA']],
    ['an English body with TODO, "-" and "."', englishMixed, ['TODO', '-', '.']],
    ['a filled-in body', complete, []],
  ])('finds them in %s', (_name, body, expected) => {
    expect(findPlaceholders(body)).toEqual(expected);
  });

  it.each([
    ['TBA', ['TBA']],
    ['tba', ['TBA']],
    ['T.B.A.', ['TBA']],
    ['Lansering: TBA.', ['TBA']],
    ['Dato TBA?', ['TBA']],
    ['TBA-', ['TBA']],
    ['(TBD)', ['TBD']],
    ['tbd', ['TBD']],
    ['TODO', ['TODO']],
    ['Draft  Epos 2', ['Draft epos']],
    ['Draft avhengigheit', ['Draft avhengighet']],
    ['NA', ['NA']],
    ['n/a', ['NA']],
    ['-', ['-']],
    ['.', ['.']],
    ['  -  \n', ['-']],
  ])('flags %j', (text, expected) => {
    expect(findPlaceholders(text)).toEqual(expected);
  });

  it.each([
    'TAB',
    'TBAs',
    'utbad',
    'Nasjonal arkitektur',
    'Vi må se på dette na',
    'todos',
    'mytodo',
    'ATBA',
    'Todoist-integrasjon',
    'Felles innlogging',
    'Kostnad - gevinst',
    '',
    '   ',
  ])('does not flag %j', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('returns nothing for no text', () => {
    expect(findPlaceholders(null)).toEqual([]);
  });

  it('flags NA only as a whole value', () => {
    expect(findPlaceholders('- NA')).toEqual(['NA']);
    expect(findPlaceholders('**Avhengigheter:** N/A')).toEqual(['NA']);
    expect(findPlaceholders('| Team | NA |')).toEqual(['NA']);
    expect(findPlaceholders('Avhengig av NA-teamet')).toEqual([]);
  });

  it('flags a heading with nothing under it, but not one whose sub-headings hold the content', () => {
    expect(findPlaceholders('### Beskrivelse\n\n### Oppgaver\n- [ ] #12\n')).toEqual(['empty section']);
    expect(findPlaceholders('### Beskrivelse\nTekst\n### Avhengigheter\n')).toEqual(['empty section']);
    expect(findPlaceholders('## Plan\n### Fase 1\nTekst\n')).toEqual([]);
    expect(findPlaceholders('**Mål**\n\n**Tiltak**\nTekst')).toEqual(['empty section']);
  });

  it('treats unfilled form fields, help comments and empty task lists as empty', () => {
    expect(findPlaceholders('### Avhengigheter\n\n_No response_\n\n### Mål\nTekst')).toEqual([
      'empty section',
    ]);
    expect(findPlaceholders('### Mål\n<!-- Skriv målet her -->\n### Plan\nTekst')).toEqual(['empty section']);
    expect(findPlaceholders('### Oppgaver\n```[tasklist]\n### Tasks\n```\n')).toEqual(['empty section']);
  });

  it('reports each placeholder once', () => {
    expect(findPlaceholders('- [ ] Draft epos\n- [ ] Draft epos\nTBA\ntba')).toEqual(['Draft epos', 'TBA']);
  });
});
