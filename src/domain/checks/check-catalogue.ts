import type { CheckId, CheckSeverity } from '../../contracts/checks';
import type { LocalisedText } from '../../contracts/workflow';

export type CheckDefinition = {
  severity: CheckSeverity;
  title: LocalisedText;
  /** One sentence telling the person responsible what to do. */
  howToFix: LocalisedText;
};

const text = (nb: string, nn: string, en: string): LocalisedText => ({ nb, nn, en });

/**
 * Every portfolio check with its severity and wording. A Record over CheckId, so a new check id
 * does not compile until it is described here. Errors break the red thread; warnings weaken it;
 * info is worth a look.
 */
export const CHECK_CATALOGUE: Record<CheckId, CheckDefinition> = {
  'implementation-without-roadmap': {
    severity: 'error',
    title: text(
      'Tiltak i implementering uten veikartelement',
      'Tiltak i implementering utan vegkartelement',
      'Initiative in implementation without a roadmap element',
    ),
    howToFix: text(
      'Knytt tiltaket til minst ett element i veikartet, eller flytt det tilbake til planlegging.',
      'Knyt tiltaket til minst eitt element i vegkartet, eller flytt det tilbake til planlegging.',
      'Link the initiative to at least one roadmap element, or move it back to planning.',
    ),
  },
  'element-without-epics': {
    severity: 'warning',
    title: text('Veikartelement uten epos', 'Vegkartelement utan epos', 'Roadmap element without epics'),
    howToFix: text(
      'Lenk epos fra teamenes repoer til elementet, slik at fremdriften kan beregnes.',
      'Lenk epos frå teama sine repo til elementet, slik at framdrifta kan reknast ut.',
      "Link epics from the teams' repositories to the element so that its progress can be computed.",
    ),
  },
  'element-placeholders': {
    severity: 'warning',
    title: text(
      'Veikartelement med rester fra malen',
      'Vegkartelement med restar frå malen',
      'Roadmap element with template leftovers',
    ),
    howToFix: text(
      'Erstatt plassholdere som «Draft epos», TBA og TODO med ekte innhold, eller fjern dem.',
      'Byt ut plasshaldarar som «Draft epos», TBA og TODO med verkeleg innhald, eller fjern dei.',
      'Replace placeholders such as “Draft epos”, TBA and TODO with real content, or remove them.',
    ),
  },
  'epic-serves-nothing': {
    severity: 'warning',
    title: text(
      'Epos som ikke tjener noe veikartelement',
      'Epos som ikkje tener noko vegkartelement',
      'Epic that serves no roadmap element',
    ),
    howToFix: text(
      'Knytt eposet til elementet i veikartet det leverer på, eller lukk det som ikke planlagt.',
      'Knyt eposet til elementet i vegkartet det leverer på, eller lukk det som ikkje planlagt.',
      'Link the epic to the roadmap element it delivers on, or close it as not planned.',
    ),
  },
  'initiative-without-origin': {
    severity: 'warning',
    title: text(
      'Tiltak uten strategisk forankring',
      'Tiltak utan strategisk forankring',
      'Initiative without a strategic origin',
    ),
    howToFix: text(
      'Knytt tiltaket til målet, føringen eller oppdraget det springer ut av.',
      'Knyt tiltaket til målet, føringa eller oppdraget det spring ut frå.',
      'Link the initiative to the goal, directive or assignment it comes from.',
    ),
  },
  'goal-without-initiative': {
    severity: 'info',
    title: text(
      'Strategisk mål uten tiltak',
      'Strategisk mål utan tiltak',
      'Strategic goal without an initiative',
    ),
    howToFix: text(
      'Vurder om målet trenger et tiltak, eller om arbeid som ikke er registrert, allerede dekker det.',
      'Vurder om målet treng eit tiltak, eller om arbeid som ikkje er registrert, alt dekkjer det.',
      'Consider whether the goal needs an initiative, or whether work not yet recorded already covers it.',
    ),
  },
  'progress-disagrees': {
    severity: 'warning',
    title: text(
      'Rapportert fremdrift avviker fra den beregnede',
      'Rapportert framdrift avvik frå den utrekna',
      'Reported progress disagrees with the computed progress',
    ),
    howToFix: text(
      'Sjekk at epos og oppgaver er oppdatert og lenket, og rett eller fjern den håndskrevne prosenten.',
      'Sjekk at epos og oppgåver er oppdaterte og lenka, og rett eller fjern den handskrivne prosenten.',
      'Check that epics and issues are up to date and linked, then correct or remove the hand-typed percentage.',
    ),
  },
  'dependency-on-inactive': {
    severity: 'error',
    title: text(
      'Avhengighet til stoppet eller parkert tiltak',
      'Avhengigheit til stoppa eller parkert tiltak',
      'Dependency on a stopped or parked initiative',
    ),
    howToFix: text(
      'Avklar med eierne hvordan behovet skal dekkes nå, og oppdater eller fjern avhengigheten.',
      'Avklar med eigarane korleis behovet skal dekkjast no, og oppdater eller fjern avhengigheita.',
      'Agree with the owners how the need will be met now, and update or remove the dependency.',
    ),
  },
  'overdue-end': {
    severity: 'warning',
    title: text(
      'Sluttdato passert uten levering',
      'Sluttdato passert utan levering',
      'End date passed without delivery',
    ),
    howToFix: text(
      'Sett en ny, realistisk sluttdato og skriv en statusoppdatering, eller marker det som levert.',
      'Set ein ny, realistisk sluttdato og skriv ei statusoppdatering, eller merk det som levert.',
      'Set a new, realistic end date and write a status update, or mark it as delivered.',
    ),
  },
  'team-over-capacity': {
    severity: 'warning',
    title: text(
      'Team tildelt mer enn kapasiteten',
      'Team tildelt meir enn kapasiteten',
      'Team allocated beyond its capacity',
    ),
    howToFix: text(
      'Prioriter mellom tiltakene, flytt arbeid til et senere kvartal eller øk teamets kapasitet.',
      'Prioriter mellom tiltaka, flytt arbeid til eit seinare kvartal eller auk kapasiteten til teamet.',
      "Prioritise between the initiatives, move work to a later quarter or increase the team's capacity.",
    ),
  },
};
