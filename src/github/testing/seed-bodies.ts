import type { FakeIssue } from '../fake/fake-github';

/** Issue bodies the way people write them, picked by number so a seed is the same every time. */

const ref = (issue: FakeIssue, style: number) =>
  style % 3 === 0
    ? `https://github.com/${issue.owner}/${issue.repo}/issues/${issue.number}`
    : `${issue.owner}/${issue.repo}#${issue.number}`;

/** A portfolio issue from the template: filled in, or with placeholders left as the form had them. */
export function portfolioBody(i: number): string | null {
  if (i % 10 === 9) return null;
  if (i % 4 === 3) {
    return `## Grunninformasjon
**Samarbeid med:** 
**Avhengigheter til andre tiltak:** TBD

## Begrunnelse
### Problemstilling
<!-- Hvilket problem skal tiltaket løse? -->

### Beskrivelse av tiltaket
_Beskriv tiltaket kort_

### Mål og nøkkelresultat (OKR)
**Mål 1:**
- [ ] Nøkkelresultat 1

## Ressurser
### Behov totalt, sum månedsverk
ukjent
`;
  }
  return `## Grunninformasjon
**Samarbeid med:** Skatteetaten, NAV
**Avhengigheter til andre tiltak:** ${i > 0 ? `Sak ${i}-2026` : '-'}

## Begrunnelse
### Problemstilling
Tiltak ${i + 1} løser et problem brukerne har i dag.

### Beskrivelse av tiltaket
En felles løsning, beskrevet i flere linjer.

### Risiko hvis tiltaket ikke gjennomføres
Fortsatt manuelt arbeid.

### Mål og nøkkelresultat (OKR)
**Mål 1:** Flere digitale meldinger
- [${i % 2 ? 'x' : ' '}] 50 % digitalt innen Q4 2026
- [ ] Saksbehandlingstid under 5 dager

## Ressurser
### Hvilken kompetanse trengs for tiltaket?
Backend, UX

### Behov totalt, sum månedsverk
ca. ${6 + (i % 20)},5 månedsverk
`;
}

/** An epic listing its issues under Tasks, as a checklist or as a retired tasklist block. */
export function epicBody(children: FakeIssue[]): string {
  const lines = children.map((c, n) => `- [${n % 3 === 0 ? 'x' : ' '}] ${ref(c, n)}`);
  if (children.length % 2 === 0) return `## Description\nEt epos.\n\n## Tasks\n${lines.join('\n')}\n`;
  return `Et epos.\n\n\`\`\`[tasklist]\n### Tasks\n${lines.join('\n')}\n\`\`\`\n`;
}

/**
 * A roadmap element: the form's sections (some left with placeholders), *Avhengigheter* with the element
 * before it or a placeholder, *Oppgaver* with its epics (full URLs to other organisations, owner/repo#N)
 * and a "Draft epos", and the initiative's case number.
 */
export function roadmapBody(n: number, i: number, epics: FakeIssue[], previous: FakeIssue | null): string {
  const dependency = previous ? `- [ ] #${previous.number}` : '- [ ] Draft avhengighet';
  const tasks = epics.map((e, k) => `- [ ] ${ref(e, n + k)}`);
  if (n % 7 === 6) tasks.push('- [ ] Draft epos');
  const overview = n % 9 === 8 ? 'TBA' : `Element ${n + 1} i Sak ${i + 1}-2026.`;
  if (n % 2 === 1) {
    // Older elements: bold headings, Tasks before Avhengigheter.
    return `**Overordnet beskrivelse**
${overview}

**Forventet resultat**
-

**Hvordan vil det virke?**
Det skal fungere godt.

**Gjennomføring**
\`\`\`[tasklist]
### Tasks
${tasks.join('\n')}
\`\`\`
\`\`\`[tasklist]
### Avhengigheter
${dependency}
\`\`\`
`;
  }
  return `### Overordnet beskrivelse
${overview}

### Forventet resultat
Bedre tjenester.

### Hvordan skal det fungere?
_Beskriv kort_

### Gjennomføring
#### Avhengigheter
${dependency}

#### Oppgaver
${tasks.join('\n')}
`;
}
