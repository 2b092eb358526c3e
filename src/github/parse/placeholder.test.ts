import { describe, expect, it } from 'vitest';
import { isPlaceholder } from './placeholder';

describe('isPlaceholder', () => {
  it.each([
    'Draft epos',
    'Draft avhengighet',
    'draft task',
    '- [ ] Draft epos',
    'TBA',
    'TBA.',
    'T.B.A',
    'T.B.A.',
    'TBAA',
    'tba',
    '**TBA**',
    'TBD',
    'TBC',
    'TODO',
    'TODO: skriv mer',
    'TBD – avhenger av budsjett',
    'NA',
    'N/A',
    'n.a.',
    'Ingen',
    'Ikke relevant',
    '-',
    '.',
    '…',
    '...',
    '?',
    '',
    '   \n  ',
    '_No response_',
    '<!-- Beskriv kort problemet -->',
    '_Beskriv hvordan løsningen skal fungere_',
    'Beskriv kort hva tiltaket går ut på.',
    'Skriv her',
    'Describe the epic in a few sentences.',
    '<Skriv her>',
    '[Beskrivelse]',
    '- [ ]',
    'TBA\n-\n<!-- kommer -->',
  ])('%j is a placeholder', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  it.each([
    'Nasjonal tjeneste for innsyn',
    'Todo-liste for saksbehandlere',
    'Tbane-kortet skal kunne brukes',
    'Draft regulations will be published by the ministry before the summer break.',
    'NAV',
    'Beskrivelse av API-et kommer i Q3',
    'Beskrive API-et',
    'Ingen kjente avhengigheter utover ID-porten.',
    'TBA\nVi venter på budsjett, men designet er klart.',
    'https://github.com/digdir/roadmap/issues/1',
    '<https://example.no>',
    '12',
  ])('%j is real content', (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  it('treats null as nothing', () => {
    expect(isPlaceholder(null)).toBe(true);
  });
});
