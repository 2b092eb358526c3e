import { IN_PROGRESS, UNDER_CONSIDERATION, doneEpic, epic } from './thread-builders';
import type { DemoElement, DemoEpic } from './types';

export const TJENESTEUTVIKLING_ELEMENTS: DemoElement[] = [
  {
    number: 112,
    title: 'Maler for kommunale skjema',
    product: 'skjemabyggeren',
    initiatives: ['Sak 10-2025'],
    labels: ['program/skjema-for-kommuner', 'org/ks'],
    ...IN_PROGRESS,
    startOn: '2026-01-05',
    endOn: '2027-03-26',
    estimatePersonWeeks: 40,
    milestone: 'K1 2027',
    overview: 'Ferdige maler for de vanligste kommunale skjemaene, som kommunene kan tilpasse selv.',
    expectedResult: '30 maler er i bruk i minst 50 kommuner.',
    howItWorks: 'Kommunen velger en mal, legger inn sine tekster og publiserer skjemaet uten utvikler.',
    epics: [
      doneEpic(
        'team-skjema',
        'Malbibliotek i Skjemabyggeren',
        ['2026-01-05', '2026-05-29'],
        `[x] Datamodell for maler
         [x] Kopiere mal til egen kommune
         [x] Oppdatering av mal uten å miste tilpasninger
         [x] Søk i malbiblioteket
         [x] Feil: vedlegg følger ikke med kopien
         [x] Dokumentasjon for kommunene`,
      ),
      epic(
        'team-skjema',
        'De første 30 malene',
        ['2026-03-02', '2027-03-26'],
        `[x] Søknad om barnehageplass
         [x] Søknad om SFO
         [x] Byggesøknad uten ansvarsrett
         [x] Melding om flytting
         [x] Søknad om startlån
         [x] Søknad om parkeringstillatelse
         [ ] Søknad om skjenkebevilling
         [ ] Søknad om tilskudd til lag og foreninger
         [ ] Klage på vedtak
         [ ] Søknad om kommunal bolig
         [ ] Melding om avvik i renovasjon
         [-] Søknad om fiskekort (for få kommuner)`,
      ),
      epic(
        'team-designsystem',
        'Skjemakomponenter tilpasset kommunene',
        ['2026-04-06', '2026-12-18'],
        `[x] Kommunevåpen i toppen av skjemaet
         [x] Adressesøk i kommunen
         [x] Kart for valg av eiendom
         [ ] Feil: kartet lastes ikke på eldre iPhone
         [ ] Tilgjengelighetserklæring`,
      ),
    ],
  },
  {
    number: 113,
    title: 'Innlogging i kommunale skjema',
    product: 'skjemabyggeren',
    initiatives: ['Sak 10-2025'],
    labels: ['program/skjema-for-kommuner', 'org/ks'],
    dependsOn: [99],
    ...IN_PROGRESS,
    startOn: '2026-09-07',
    endOn: '2027-03-26',
    estimatePersonWeeks: 16,
    milestone: 'K1 2027',
    overview: 'Innbyggeren logger inn med den nye protokollen og får skjemaet forhåndsutfylt.',
    expectedResult: 'Alle kommunale skjema med personopplysninger krever innlogging på riktig nivå.',
    howItWorks:
      'Skjemabyggeren bruker den nye innloggingsprotokollen og henter navn og adresse fra folkeregisteret.',
    epics: [
      epic(
        'team-skjema',
        'Innlogging med ny protokoll',
        ['2026-09-07', '2027-01-29'],
        `[x] Klientregistrering i testmiljøet
         [x] Innlogging i forhåndsvisning
         [ ] Innlogging i publiserte skjema
         [ ] Valg av sikkerhetsnivå per skjema`,
        // Skjemabyggeren is one of the service owners moving to the new protocol.
        { alsoServes: [99] },
      ),
      epic(
        'team-skjema',
        'Forhåndsutfylling fra folkeregisteret',
        ['2026-11-02', '2027-03-26'],
        `[x] Tilgang til folkeregisteret
         [ ] Navn og adresse i skjemaet
         [ ] Innbyggeren kan rette feil
         [ ] Personvernkonsekvensvurdering`,
      ),
    ],
  },
  {
    number: 114,
    title: 'Felles kjøremiljø: pilot med to tjenester',
    product: 'tjenesteplattformen',
    initiatives: ['Sak 21-2025'],
    labels: ['program/tjenesteplattform'],
    ...UNDER_CONSIDERATION,
    startOn: '2027-02-01',
    endOn: '2027-10-29',
    estimatePersonWeeks: 45,
    milestone: 'K4 2027',
    overview: 'To tjenester fra andre etater flyttes til det felles kjøremiljøet som pilot.',
    expectedResult: 'Vi vet hva det koster å drifte andres tjenester, og hva de trenger av oss.',
    howItWorks: 'Etatene får et eget område i klyngen med felles overvåking, logging og sikkerhetskopi.',
    epics: [],
  },
];

/** Work in tjenesteutvikling that serves no roadmap element. */
export const TJENESTEUTVIKLING_LOOSE_EPICS: DemoEpic[] = [
  epic(
    'team-skjema',
    'Oppgradere React og byggverktøy',
    ['2026-10-05', '2027-01-29'],
    `[x] Oppgradere til React 19
     [x] Bytte byggverktøy
     [x] Feil: ikoner mangler etter oppgraderingen
     [ ] Fjerne gamle avhengigheter
     [ ] Oppdatere utviklerdokumentasjonen`,
  ),
  doneEpic(
    'team-tjenesteplattform',
    'Nye sertifikater for alle klynger',
    ['2026-08-03', '2026-09-25'],
    `[x] Bestille sertifikater
     [x] Bytte i testmiljøet
     [x] Bytte i produksjon`,
  ),
];
