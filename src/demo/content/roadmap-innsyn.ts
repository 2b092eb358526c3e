import { DELIVERED, IN_PROGRESS, doneEpic, epic } from './thread-builders';
import type { DemoElement } from './types';

/** Sak 14-2025 is in Implementering without a roadmap element: the portfolio checks find it. */
export const INNSYN_ELEMENTS: DemoElement[] = [
  {
    number: 64,
    title: 'Nytt REST-API for kontaktoppslag',
    product: 'kontaktoppslaget',
    initiatives: ['Sak 3-2025'],
    labels: ['program/felleskomponenter'],
    ...DELIVERED,
    startOn: '2025-04-28',
    endOn: '2025-12-19',
    estimatePersonWeeks: 60,
    milestone: 'K4 2025',
    overview: 'Et nytt API for oppslag av kontaktinformasjon og reservasjon, med Maskintilgang.',
    expectedResult: 'Alle nye konsumenter bruker REST-API-et; oppslag svarer på under 200 ms.',
    howItWorks: 'Konsumenten henter et token fra Maskintilgang og slår opp inntil 1 000 personer per kall.',
    epics: [
      doneEpic(
        'team-kontakt',
        'REST-API for oppslag av kontaktinformasjon',
        ['2025-04-28', '2025-10-31'],
        `[x] API-design og OpenAPI-dokument
         [x] Oppslag på fødselsnummer
         [x] Oppslag av reservasjon mot digital post
         [x] Oppslag for inntil 1 000 personer per kall
         [x] Ytelsestest med 10 000 kall i sekundet
         [x] Feil: feil tegnsett i adresser
         [x] Dokumentasjon på utviklersidene`,
      ),
      doneEpic(
        'team-maskintilgang',
        'Tilgang til kontaktoppslaget med Maskintilgang',
        ['2025-09-01', '2025-12-19'],
        `[x] Nytt scope for kontaktoppslag
         [x] Selvbetjent tilgang for offentlige virksomheter
         [-] Tilgang for private tjenesteeiere
         [x] Revisjonslogg for oppslag
         [x] Feil: token uten scope gir 500`,
      ),
    ],
  },
  {
    number: 71,
    title: 'Utfasing av SOAP-grensesnittet for kontaktoppslag',
    product: 'kontaktoppslaget',
    initiatives: ['Sak 3-2025'],
    labels: ['program/felleskomponenter'],
    ...DELIVERED,
    startOn: '2026-01-05',
    endOn: '2026-04-30',
    estimatePersonWeeks: 12,
    milestone: 'K2 2026',
    overview: 'Flytte de siste konsumentene fra det gamle SOAP-grensesnittet og slå det av.',
    expectedResult: 'SOAP-grensesnittet er slått av, og ingen konsumenter har fått brudd i tjenesten.',
    howItWorks: 'Konsumentene får varsel, testmiljø og tett oppfølging; grensesnittet stenges gradvis.',
    epics: [
      doneEpic(
        'team-kontakt',
        'Flytte konsumentene fra SOAP til REST',
        ['2026-01-05', '2026-04-30'],
        `[x] Oversikt over alle konsumenter av SOAP
         [x] Varsel om utfasing
         [x] Oppfølging av de 20 største konsumentene
         [-] Overgangsløsning for én kommune
         [x] Gradvis stenging med feilmelding
         [-] Forlenget frist for helseforetakene
         [x] SOAP slått av i produksjon
         [x] Rydde bort kode og infrastruktur`,
      ),
    ],
  },
  {
    number: 104,
    title: 'Innsyn i opplysninger fra fem registre',
    product: 'innsynsportalen',
    initiatives: ['Sak 8-2025'],
    labels: ['program/mine-data'],
    ...IN_PROGRESS,
    startOn: '2026-01-12',
    endOn: '2026-12-18',
    estimatePersonWeeks: 48,
    milestone: 'K4 2026',
    overview: 'Innbyggeren ser hva fem sentrale registre har registrert om henne, på ett sted.',
    expectedResult: 'Opplysninger fra folkeregisteret og fire andre registre vises i Mine data.',
    howItWorks: 'Innsynsportalen henter opplysningene fra registrene i sanntid når innbyggeren logger inn.',
    epics: [
      doneEpic(
        'team-innsyn',
        'Kobling mot folkeregisteret',
        ['2026-01-12', '2026-04-24'],
        `[x] Avtale og tilgang til folkeregisteret
         [x] Henting av opplysninger i sanntid
         [x] Oversettelse av koder til klarspråk
         [x] Feil: adressehistorikk mangler
         [x] Ytelsestest
         [x] Personvernkonsekvensvurdering`,
      ),
      doneEpic(
        'team-innsyn',
        'Kobling mot kjøretøyregisteret',
        ['2026-04-06', '2026-07-03'],
        `[x] Tilgang til kjøretøyregisteret
         [x] Visning av kjøretøy og eierhistorikk
         [x] Feil: leasede biler vises som eid
         [x] Tekster i samarbeid med registereier
         [x] Ytelsestest`,
      ),
      epic(
        'team-innsyn',
        'Kobling mot eiendomsregisteret',
        ['2026-08-03', '2026-12-18'],
        `[x] Tilgang til eiendomsregisteret
         [x] Visning av eiendommer og heftelser
         [x] Feil: tomme seksjonsnummer
         [x] Tekster i samarbeid med registereier
         [x] Ytelsestest
         [ ] Personvernkonsekvensvurdering`,
      ),
      epic(
        'team-portal',
        'Visning av egne opplysninger i Innbyggerportalen',
        ['2026-02-02', '2026-12-18'],
        `[x] Side for Mine data
         [x] Gruppering per register
         [x] Lenke til registereier for retting
         [x] Mobilvisning
         [x] Universell utforming
         [x] Feil: lang lastetid på mobil
         [ ] Brukertest med eldre innbyggere`,
      ),
    ],
  },
  {
    number: 105,
    title: 'Logg over hvem som har hentet opplysningene dine',
    product: 'innsynsportalen',
    initiatives: ['Sak 8-2025'],
    labels: ['program/mine-data'],
    ...IN_PROGRESS,
    startOn: '2026-03-02',
    endOn: '2027-02-26',
    estimatePersonWeeks: 36,
    milestone: 'K1 2027',
    overview: 'Innbyggeren ser hvilke virksomheter som har hentet opplysninger om henne, og når.',
    expectedResult: 'Innsynslogg fra minst tre registre vises i Mine data.',
    howItWorks:
      'Registrene leverer innsynslogg i et felles format; portalen viser den sammen med opplysningene.',
    epics: [
      epic(
        'team-innsyn',
        'Felles format for innsynslogg',
        ['2026-03-02', '2026-06-26'],
        `[x] Utkast til format sammen med registereierne
         [x] Høring blant registereierne
         [x] Publisere formatet som standard
         [ ] Validator for innsynslogg
         [ ] Testdata for registereierne
         [ ] Veiledning for registereierne
         [ ] Feil: tidssone mangler i eksempelfilene`,
      ),
      epic(
        'team-innsyn',
        'Innsynslogg fra folkeregisteret',
        ['2026-06-01', '2026-11-27'],
        `[x] Mottak av innsynslogg
         [x] Lagring med sletting etter ti år
         [ ] Kobling av logg til virksomhetsnavn
         [ ] Test med ekte data fra folkeregisteret
         [ ] Ytelsestest
         [-] Logg over oppslag gjort av politiet`,
      ),
      epic(
        'team-portal',
        'Visning av innsynslogg',
        ['2026-09-07', '2027-02-26'],
        `[ ] Skisser og brukertest
         [ ] Liste over oppslag per virksomhet
         [ ] Forklaring av formålet med hvert oppslag
         [ ] Universell utforming`,
      ),
    ],
  },
];
