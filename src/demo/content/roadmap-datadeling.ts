import { DELIVERED, IN_PROGRESS, BACKLOG, UNDER_CONSIDERATION, doneEpic, epic } from './thread-builders';
import type { DemoElement, DemoEpic } from './types';

export const DATADELING_ELEMENTS: DemoElement[] = [
  {
    number: 90,
    title: 'Versjoner og historikk for begreper',
    product: 'begrepskatalogen',
    initiatives: ['Sak 5-2025'],
    labels: ['program/felles-begreper'],
    ...DELIVERED,
    startOn: '2025-06-02',
    endOn: '2025-10-31',
    estimatePersonWeeks: 40,
    milestone: 'K4 2025',
    overview: 'Begreper får versjoner, slik at en endret definisjon ikke overskriver den som gjaldt før.',
    expectedResult: 'Avtaler og datasett kan vise til en bestemt versjon av et begrep.',
    howItWorks:
      'Hver endring gir en ny versjon med dato. Brukeren ser historikken og kan sammenligne to versjoner.',
    epics: [
      doneEpic(
        'team-datakatalog',
        'Datamodell for begrepsversjoner',
        ['2025-06-02', '2025-08-15'],
        `[x] Modell for versjoner og gyldighetsperiode
         [x] Migrering av eksisterende begreper til versjon 1
         [x] API for å hente en bestemt versjon
         [x] Feil: gamle lenker peker til nyeste versjon`,
      ),
      doneEpic(
        'team-datakatalog',
        'Historikk og sammenligning i Begrepskatalogen',
        ['2025-08-04', '2025-10-31'],
        `[x] Visning av historikk per begrep
         [x] Sammenligning av to versjoner
         [x] Varsel til abonnenter når et begrep endres
         [-] Eksport av historikk til regneark
         [x] Brukertest med begrepsansvarlige
         [x] Oppdatert brukerveiledning`,
      ),
    ],
  },
  {
    number: 101,
    title: 'Import av API-beskrivelser fra eksisterende API-portaler',
    product: 'datakatalogen',
    initiatives: ['Sak 2-2025'],
    labels: ['program/api-katalog'],
    ...DELIVERED,
    startOn: '2025-09-08',
    endOn: '2026-01-30',
    estimatePersonWeeks: 24,
    milestone: 'K1 2026',
    overview: 'Hente API-beskrivelser automatisk fra virksomhetenes egne API-portaler.',
    expectedResult: 'De største virksomhetene slipper å registrere API-ene sine for hånd.',
    howItWorks: 'Katalogen leser OpenAPI-dokumentene fra portalene hver natt og oppdaterer beskrivelsene.',
    epics: [
      doneEpic(
        'team-datakatalog',
        'Import av OpenAPI-beskrivelser',
        ['2025-09-08', '2025-12-12'],
        `[x] Lese OpenAPI 3.0 og 3.1
         [x] Koble API til virksomhet og kontaktpunkt
         [x] Håndtere API-er som er fjernet fra portalen
         [-] Støtte for Swagger 2.0
         [x] Importlogg for virksomhetene
         [x] Feil: import stopper ved ugyldig JSON
         [x] Ytelsestest med 5 000 API-er
         [x] Dokumentasjon for virksomhetene`,
      ),
      doneEpic(
        'team-deling',
        'Nattlig synkronisering mot API-portalene',
        ['2025-11-03', '2026-01-30'],
        `[x] Planlagt jobb for synkronisering
         [x] Overvåking av feilede synkroniseringer
         [x] Varsel til kontaktpunkt ved feil
         [x] Drift i produksjon
         [x] Feil: tidssone i importlogg`,
      ),
    ],
  },
  {
    number: 102,
    title: 'Registreringsveiviser for API-er',
    product: 'datakatalogen',
    initiatives: ['Sak 2-2025'],
    labels: ['program/api-katalog'],
    ...IN_PROGRESS,
    startOn: '2026-02-02',
    endOn: '2026-10-30',
    estimatePersonWeeks: 30,
    milestone: 'K4 2026',
    overview: 'En veiviser som hjelper virksomheter uten egen API-portal å beskrive API-ene sine.',
    expectedResult: 'Små virksomheter registrerer et API på under en halvtime, med gyldig OpenAPI-dokument.',
    howItWorks:
      'Veiviseren spør om det viktigste steg for steg, validerer dokumentet og publiserer beskrivelsen i katalogen.',
    statusUpdate: {
      text: 'Sluttdatoen 30. oktober holdt ikke: valideringen av OpenAPI-dokumenter tok lengre tid enn antatt. Ny plan legges fram i desember.',
    },
    epics: [
      epic(
        'team-datakatalog',
        'Veiviser for registrering av API',
        ['2026-02-02', '2026-08-28'],
        `[x] Skisser og brukertest av veiviseren
         [x] Steg 1: om API-et og virksomheten
         [x] Steg 2: endepunkter og datamodell
         [x] Steg 3: vilkår for bruk
         [x] Lagre utkast underveis
         [x] Forhåndsvisning før publisering
         [x] Universell utforming av veiviseren
         [x] Feil: utkast forsvinner etter utlogging
         [ ] Publisering med godkjenning fra kontaktpunkt
         [ ] Veiledning i Veiledningsportalen`,
      ),
      epic(
        'team-datakatalog',
        'Validering av OpenAPI-dokumenter',
        ['2026-04-06', '2026-10-30'],
        `[x] Validering mot OpenAPI-spesifikasjonen
         [x] Felles regler for navn og versjonering
         [x] Tydelige feilmeldinger på norsk
         [-] Validering av eksempeldata
         [x] Feil: validering henger på store dokumenter
         [ ] Regler for sikkerhetsskjema
         [ ] Rapport over avvik per virksomhet
         [ ] Ytelsestest av valideringen`,
      ),
      epic(
        'team-deling',
        'Innlogging med virksomhetssertifikat i veiviseren',
        ['2026-05-04', '2026-10-16'],
        `[x] Innlogging for ansatte i virksomheten
         [x] Tilgang bare for kontaktpunkt og API-ansvarlig
         [x] Delegering av tilgang til leverandør
         [ ] Feil: innlogging feiler for enkeltpersonforetak
         [ ] Logg over hvem som har endret en beskrivelse
         [ ] Test med fem pilotvirksomheter`,
      ),
    ],
  },
  {
    number: 103,
    title: 'API-er fra kommunesektoren i katalogen',
    product: 'datakatalogen',
    initiatives: ['Sak 2-2025'],
    labels: ['program/api-katalog', 'org/ks'],
    ...BACKLOG,
    startOn: '2027-01-04',
    endOn: '2027-06-25',
    estimatePersonWeeks: 16,
    milestone: 'K2 2027',
    overview: 'Få med API-ene til kommunene og deres felles leverandører i katalogen.',
    expectedResult: 'API-ene fra de ti største kommunesystemene er beskrevet i katalogen.',
    howItWorks: 'Vi samarbeider med KS om en felles registrering på vegne av leverandørene.',
    epics: [],
  },
  {
    number: 117,
    title: 'Abonnement på endringer i datasett',
    product: 'deleplattformen',
    initiatives: ['Sak 11-2025'],
    labels: ['program/datadeling'],
    ...UNDER_CONSIDERATION,
    startOn: '2027-01-11',
    endOn: '2027-09-24',
    estimatePersonWeeks: 40,
    milestone: 'K3 2027',
    overview:
      'Konsumenter av Deleplattformen kan abonnere på endringer i et datasett i stedet for å hente alt hver natt.',
    expectedResult: 'TBA',
    howItWorks: 'TBA',
    epics: [
      epic(
        'team-deling',
        'Hendelser for endrede datasett',
        ['2027-01-11', '2027-06-25'],
        `[ ] Velge format for hendelser
         [ ] Kø for hendelser per tilbyder
         [ ] Abonnement per konsument
         [ ] Pilot med to tilbydere`,
      ),
    ],
  },
];

/** Work a datadeling team does that serves no roadmap element. */
export const DATADELING_LOOSE_EPICS: DemoEpic[] = [
  epic(
    'team-dataplattform',
    'Oppgradering av PostgreSQL til versjon 17',
    ['2026-09-07', '2026-12-18'],
    `[x] Oppgradere testmiljøet
     [x] Teste sikkerhetskopi og gjenoppretting
     [ ] Oppgradere produksjon i vedlikeholdsvinduet
     [ ] Fjerne gammel versjon`,
  ),
];
