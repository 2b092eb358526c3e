import { DELIVERED, IN_PROGRESS, doneEpic, epic } from './thread-builders';
import type { DemoElement, DemoEpic } from './types';

export const MELDINGSUTVEKSLING_ELEMENTS: DemoElement[] = [
  {
    number: 72,
    title: 'Felles maler for varsler på SMS og e-post',
    product: 'varslingstjenesten',
    initiatives: ['Sak 7-2025'],
    labels: ['program/felleskomponenter'],
    ...DELIVERED,
    startOn: '2025-07-01',
    endOn: '2025-12-19',
    estimatePersonWeeks: 20,
    milestone: 'K4 2025',
    overview: 'Tjenesteeiere lager varsler fra felles maler i stedet for å skrive hvert varsel selv.',
    expectedResult: 'Varslene er gjenkjennelige, i klarspråk og på bokmål, nynorsk og engelsk.',
    howItWorks: 'Tjenesteeieren velger en mal og fyller inn feltene; tjenesten sender på SMS og e-post.',
    epics: [
      doneEpic(
        'team-varsling',
        'Malverk for varsler',
        ['2025-07-01', '2025-10-31'],
        `[x] Datamodell for maler og felter
         [x] Ti standardmaler i klarspråk
         [x] Maler på nynorsk og engelsk
         [x] API for å sende med mal
         [x] Feil: lange SMS deles feil
         [x] Dokumentasjon for tjenesteeiere`,
      ),
      doneEpic(
        'team-varsling',
        'Forhåndsvisning av varsler',
        ['2025-10-06', '2025-12-19'],
        `[x] Forhåndsvisning av SMS
         [x] Forhåndsvisning av e-post
         [x] Testutsending til egen telefon
         [x] Universell utforming`,
      ),
    ],
  },
  {
    number: 88,
    title: 'Mottak og lagring av meldinger på skyplattformen',
    product: 'meldingsformidleren',
    initiatives: ['Sak 1-2025'],
    labels: ['program/ny-formidler'],
    ...DELIVERED,
    startOn: '2025-06-16',
    endOn: '2026-01-30',
    estimatePersonWeeks: 60,
    milestone: 'K1 2026',
    overview: 'Ny mottaksdel for Meldingsformidleren på den felles skyplattformen.',
    expectedResult: 'Første meldingstype går gjennom den nye formidleren uten nedetid.',
    howItWorks: 'Meldinger tas imot i en kø, lagres kryptert i objektlager og leveres videre til mottaker.',
    epics: [
      doneEpic(
        'team-formidling',
        'Kø for mottak av meldinger',
        ['2025-06-16', '2025-10-31'],
        `[x] Valg av køteknologi
         [x] Mottak med kvittering
         [x] Håndtering av duplikater
         [x] Ytelsestest med skattemeldingstopp
         [x] Feil: kvittering sendes to ganger
         [x] Driftsdokumentasjon`,
      ),
      doneEpic(
        'team-formidling',
        'Lagring av meldinger i objektlager',
        ['2025-08-04', '2025-12-19'],
        `[x] Kryptering av meldinger i hvile
         [x] Sletting etter oppbevaringstiden
         [-] Arkivering til Arkivverket
         [x] Gjenoppretting fra sikkerhetskopi
         [x] Feil: store vedlegg over 100 MB
         [x] Test av gjenoppretting`,
      ),
      doneEpic(
        'team-tjenesteplattform',
        'Kjøremiljø for formidleren',
        ['2025-06-16', '2026-01-30'],
        `[x] Klynge i to datasentre
         [x] Hemmelighetshåndtering
         [x] Nettverksregler mot gamle servere
         [x] Automatisk skalering
         [x] Øvelse i å flytte trafikk mellom datasentre`,
      ),
    ],
  },
  {
    number: 95,
    title: 'Flytting av tjenesteeierne til ny formidler',
    product: 'meldingsformidleren',
    initiatives: ['Sak 1-2025'],
    labels: ['program/ny-formidler'],
    dependsOn: [88],
    ...IN_PROGRESS,
    startOn: '2026-02-02',
    endOn: '2027-01-29',
    estimatePersonWeeks: 80,
    milestone: 'K1 2027',
    overview: 'Flytte alle meldingstyper og tjenesteeiere over til den nye formidleren.',
    expectedResult: 'All trafikk går gjennom den nye formidleren, og de gamle serverne kan slås av.',
    howItWorks:
      'Meldingstypene flyttes én og én, med parallell drift og sammenligning før den gamle veien stenges.',
    epics: [
      doneEpic(
        'team-formidling',
        'Flytte meldingstypene for skatt og avgift',
        ['2026-02-02', '2026-05-29'],
        `[x] Skattemelding for personer
         [x] Skattemelding for næring
         [x] A-melding
         [x] MVA-melding
         [x] Feil: forsinket kvittering ved topp
         [x] Test med de ti største avsenderne
         [x] Stenge gammel vei for skatt og avgift
         [x] Oppsummering og læring`,
      ),
      epic(
        'team-formidling',
        'Flytte meldingstypene for helse',
        ['2026-05-04', '2026-12-18'],
        `[x] Oversikt over helsemeldinger og avsendere
         [x] Tilpasning til helsesektorens sikkerhetskrav
         [x] Henvisninger
         [x] Epikriser
         [ ] Prøvesvar
         [ ] Test med fire helseforetak
         [ ] Feil: vedlegg i DICOM-format avvises
         [ ] Stenge gammel vei for helse`,
      ),
      epic(
        'team-formidling',
        'Flytte kommunale meldingstyper',
        ['2026-08-03', '2027-01-29'],
        `[x] Oversikt over kommunale meldingstyper
         [x] Byggesak
         [ ] Barnevern
         [ ] Skole og barnehage
         [-] Renovasjon (flyttes av leverandøren)
         [ ] Test med fem kommuner
         [ ] Stenge gammel vei for kommunene
         [ ] Oppsummering og læring`,
      ),
      epic(
        'team-formidling',
        'Parallell drift og sammenligning',
        ['2026-02-02', '2027-01-29'],
        `[x] Dobbel sending i testmiljø
         [x] Sammenligning av kvitteringer
         [x] Daglig avviksrapport
         [x] Feil: falske avvik ved sommertid
         [x] Terskel for automatisk stans
         [ ] Slå av dobbel sending`,
      ),
    ],
  },
  {
    number: 96,
    title: 'Overvåking og beredskap for ny formidler',
    product: 'tjenesteplattformen',
    initiatives: ['Sak 1-2025'],
    labels: ['program/ny-formidler'],
    ...IN_PROGRESS,
    startOn: '2026-04-06',
    endOn: '2027-01-29',
    estimatePersonWeeks: 24,
    milestone: 'K1 2027',
    overview: 'Overvåking, alarmer og beredskapsrutiner for formidleren på skyplattformen.',
    expectedResult: 'Feil oppdages før tjenesteeierne merker dem, og vakten vet hva som skal gjøres.',
    howItWorks: 'Felles overvåking på tjenesteplattformen med egne tavler og alarmer for formidleren.',
    epics: [
      epic(
        'team-tjenesteplattform',
        'Overvåking og alarmer',
        ['2026-04-06', '2026-12-18'],
        `[x] Måling av ventetid i køen
         [x] Alarm ved stopp i levering
         [x] Tavle for vakten
         [x] Sporing av enkeltmeldinger
         [x] Feil: alarmstorm ved nettverksblipp
         [x] Rapport over oppetid
         [ ] Alarm ved uvanlig lite trafikk`,
      ),
      epic(
        'team-tjenesteplattform',
        'Beredskapsøvelse og rutiner',
        ['2026-09-07', '2027-01-29'],
        `[x] Rutiner for vakten
         [x] Øvelse: tap av ett datasenter
         [x] Øvelse: full kø
         [ ] Øvelse sammen med driftsleverandøren
         [ ] Evaluering av øvelsene`,
      ),
    ],
  },
  {
    number: 97,
    title: 'Varsel om utfasing til alle avsendere',
    product: 'meldingsformidleren',
    initiatives: ['Sak 20-2025'],
    labels: ['program/ny-formidler'],
    ...DELIVERED,
    startOn: '2026-01-12',
    endOn: '2026-03-13',
    estimatePersonWeeks: 6,
    milestone: 'K1 2026',
    overview: 'Alle avsendere som bruker den gamle protokollen, får varsel og en plan for å flytte.',
    expectedResult: 'Alle avsendere vet når den gamle protokollen stenges.',
    howItWorks: 'Varsel på e-post og i utviklerportalen, og oppfølging av de største avsenderne.',
    epics: [
      doneEpic(
        'team-formidling',
        'Varsel og oppfølging av avsendere',
        ['2026-01-12', '2026-03-13'],
        `[x] Liste over avsendere på gammel protokoll
         [x] Varsel på e-post
         [x] Melding i utviklerportalen
         [x] Møter med de ti største avsenderne
         [x] Svar på spørsmål fra leverandørene`,
      ),
    ],
  },
  {
    number: 98,
    title: 'Avslutte mottak på gammel protokoll',
    product: 'meldingsformidleren',
    initiatives: ['Sak 20-2025'],
    labels: ['program/ny-formidler'],
    dependsOn: [97],
    ...IN_PROGRESS,
    startOn: '2026-03-16',
    endOn: '2026-12-18',
    estimatePersonWeeks: 12,
    milestone: 'K4 2026',
    overview: 'Stenge mottaket på den gamle protokollen, først i test og så i produksjon.',
    expectedResult: 'Bare den nye protokollen er i drift, og de kjente svakhetene i signeringen er borte.',
    howItWorks:
      'Mottaket avviser meldinger på gammel protokoll med en feilmelding som viser til veiledningen.',
    epics: [
      doneEpic(
        'team-formidling',
        'Stenge gammel protokoll i testmiljøet',
        ['2026-03-16', '2026-06-26'],
        `[x] Feilmelding med lenke til veiledning
         [x] Stenge i testmiljøet
         [x] Følge opp avsendere som feiler
         [x] Feil: feilmeldingen mangler på engelsk`,
      ),
      doneEpic(
        'team-formidling',
        'Stenge gammel protokoll i produksjon',
        ['2026-08-03', '2026-11-20'],
        `[x] Plan for stenging sammen med vakten
         [x] Stenge for halvparten av avsenderne
         [-] Unntak for én leverandør
         [x] Stenge for alle
         [x] Fjerne kode for gammel protokoll
         [x] Oppsummering`,
      ),
    ],
  },
];

/** Work in meldingsutveksling that serves no roadmap element. */
export const MELDINGSUTVEKSLING_LOOSE_EPICS: DemoEpic[] = [
  epic(
    'team-formidling',
    'Oppgradere til Java 21 og ny køklient',
    ['2026-09-21', '2027-01-29'],
    `[x] Oppgradere byggverktøyene
     [x] Java 21 i testmiljøet
     [x] Ny køklient
     [ ] Java 21 i produksjon
     [ ] Fjerne gammel køklient`,
  ),
];
