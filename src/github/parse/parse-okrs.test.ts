import { describe, expect, it } from 'vitest';
import { parseOkrs } from './parse-okrs';

const kr = (title: string, done = false) => ({ title, target: null, current: null, done });

describe('parseOkrs', () => {
  it('opens an objective at each "Mål" line, written in any of the usual ways', () => {
    const text = `**Mål 1:** Flere brukere
- [ ] 10 000 brukere
Mål 2 – Færre feil
- [x] KR1: Under 1 % feil
- Mål 3
Raskere svar
- [ ] Nøkkelresultat 2: Svar innen 2 dager`;
    expect(parseOkrs(text)).toEqual([
      { objective: 'Flere brukere', keyResults: [kr('10 000 brukere')] },
      { objective: 'Færre feil', keyResults: [kr('Under 1 % feil', true)] },
      { objective: 'Raskere svar', keyResults: [kr('Svar innen 2 dager')] },
    ]);
  });

  it('names an objective without words after its place, and drops one without anything', () => {
    const text =
      'Vi måler kvartalsvis.\n**Mål 1:**\n- [ ] Resultat A\n**Mål 2:** TBA\n- [ ] Nøkkelresultat 1\n**Mål 3:**';
    expect(parseOkrs(text)).toEqual([{ objective: 'Mål 1', keyResults: [kr('Resultat A')] }]);
  });

  it('keeps an objective that has words but no key results yet', () => {
    expect(parseOkrs('Mål: Økt gjenbruk')).toEqual([{ objective: 'Økt gjenbruk', keyResults: [] }]);
  });

  it('does not take words that begin with "mål" for objectives', () => {
    expect(parseOkrs('Målgruppe: innbyggere\nMålet er klart.')).toEqual([]);
  });

  it('reads key results in a tasklist block', () => {
    expect(parseOkrs('Mål 1: Stabil drift\n```[tasklist]\n### Tasks\n- [x] 99,9 % oppetid\n```')).toEqual([
      { objective: 'Stabil drift', keyResults: [kr('99,9 % oppetid', true)] },
    ]);
  });
});
