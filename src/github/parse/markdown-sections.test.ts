import { describe, expect, it } from 'vitest';
import { listSections, normaliseHeading, splitSections } from './markdown-sections';

describe('normaliseHeading', () => {
  it.each([
    ['  Hvordan skal det fungere?  ', 'hvordan skal det fungere'],
    ['**Samarbeid med:**', 'samarbeid med'],
    ['🎯 Forventet   resultat :', 'forventet resultat'],
    ['☂️ Tasks', 'tasks'],
    ['1. Problemstilling', 'problemstilling'],
    ['Mål og nøkkelresultat (OKR)', 'mål og nøkkelresultat (okr)'],
  ])('%j → %j', (heading, key) => {
    expect(normaliseHeading(heading)).toBe(key);
  });
});

describe('splitSections', () => {
  it('splits at # headings of every level, flat, with the text before them under ""', () => {
    const body = 'Innledning\n# En\nen\n## To ##\nto\n###### Seks\nseks\n###Tett\ntett';
    expect([...splitSections(body)]).toEqual([
      ['', 'Innledning'],
      ['en', 'en'],
      ['to', 'to'],
      ['seks', 'seks'],
      ['tett', 'tett'],
    ]);
  });

  it('splits at whole bold lines and setext headings, not at bold words in prose', () => {
    const body = '**Forventet resultat**\nBedre **og** raskere\n\nHvordan\n=======\nSlik.\n__Risiko:__\nHøy';
    expect([...splitSections(body)]).toEqual([
      ['forventet resultat', 'Bedre **og** raskere'],
      ['hvordan', 'Slik.'],
      ['risiko', 'Høy'],
    ]);
  });

  it('splits at plain lines and "Label: value" lines only when they are known headings', () => {
    const body =
      'Avhengigheter\n- [ ] #1\nSamarbeid med: NAV og Skatteetaten\nProblem: ikke en kjent overskrift';
    expect([...splitSections(body, ['Avhengigheter', 'Samarbeid med'])]).toEqual([
      ['avhengigheter', '- [ ] #1'],
      ['samarbeid med', 'NAV og Skatteetaten\nProblem: ikke en kjent overskrift'],
    ]);
    expect([...splitSections(body)]).toEqual([['', body]]);
  });

  it('reads "**Label:** value" lines of known headings', () => {
    const body = '**Samarbeid med:** Brreg\n**Avhengigheter til andre tiltak**: Sak 3-2025';
    expect(splitSections(body, ['Samarbeid med', 'Avhengigheter til andre tiltak'])).toEqual(
      new Map([
        ['samarbeid med', 'Brreg'],
        ['avhengigheter til andre tiltak', 'Sak 3-2025'],
      ]),
    );
  });

  it('finds no heading inside fenced blocks, so a tasklist keeps its "### Tasks"', () => {
    const body = '## Oppgaver\n```[tasklist]\n### Tasks\n- [ ] #3\n```\n~~~\n# kode\n~~~';
    expect(splitSections(body).get('oppgaver')).toBe(
      '```[tasklist]\n### Tasks\n- [ ] #3\n```\n~~~\n# kode\n~~~',
    );
    expect(splitSections(body).has('tasks')).toBe(false);
  });

  it('removes comments, also an unclosed one, and the headings inside them', () => {
    const body = '## A\n<!-- ## B\nhjelpetekst -->\ntekst\n<!-- resten';
    expect([...splitSections(body)]).toEqual([['a', 'tekst']]);
  });

  it('joins the texts of a heading that occurs twice, skipping empty ones', () => {
    const body = '### Tasks\n\n## Tasks\n- [ ] #1\n### Tasks\n- [ ] #2\r\n';
    expect(splitSections(body).get('tasks')).toBe('- [ ] #1\n\n- [ ] #2');
  });

  it('does not take "#12" at the start of a line for a heading', () => {
    expect([...splitSections('#12 er løst\n# Overskrift')]).toEqual([
      ['', '#12 er løst'],
      ['overskrift', ''],
    ]);
  });

  it('gives an empty map for an empty or missing body', () => {
    expect(splitSections(null).size).toBe(0);
    expect(splitSections('  \n ').size).toBe(0);
  });
});

describe('listSections', () => {
  it('keeps the headings as written, in order', () => {
    expect(listSections('#### Mål 1: Flere brukere\n- [ ] x', [])).toEqual([
      { heading: 'Mål 1: Flere brukere', key: 'mål 1: flere brukere', text: '- [ ] x' },
    ]);
  });
});
