import { DELIVERED, IN_PROGRESS, UNDER_CONSIDERATION, doneEpic, epic } from './thread-builders';
import type { DemoElement } from './types';

export const TILLIT_ELEMENTS: DemoElement[] = [
  {
    number: 78,
    title: 'Selvbetjening av tilganger i Maskintilgang',
    product: 'maskintilgang',
    initiatives: ['Sak 9-2025'],
    labels: ['program/felleskomponenter'],
    ...DELIVERED,
    startOn: '2025-06-16',
    endOn: '2026-02-27',
    estimatePersonWeeks: 40,
    milestone: 'K1 2026',
    overview: 'Virksomheter gir og får tilgang til API-er uten å sende skjema til oss.',
    expectedResult: 'Ingen manuelle avtaler for standardtilganger.',
    howItWorks:
      'API-eieren beskriver vilkårene; konsumenten søker, og standardtilganger godkjennes automatisk.',
    epics: [
      doneEpic(
        'team-maskintilgang',
        'Selvbetjent søknad om tilgang',
        ['2025-06-16', '2025-11-28'],
        `[x] Søknadsskjema for konsumenter
         [x] Behandling hos API-eieren
         [x] Varsel om vedtak
         [x] Oversikt over egne tilganger
         [x] Feil: søknad kan sendes to ganger
         [x] Dokumentasjon`,
      ),
      doneEpic(
        'team-maskintilgang',
        'Automatisk godkjenning av standardtilganger',
        ['2025-10-06', '2026-02-27'],
        `[x] Regler for automatisk godkjenning
         [x] Revisjonslogg
         [-] Godkjenning basert på bransjekode
         [x] Test med ti API-eiere
         [x] Produksjonssetting`,
      ),
    ],
  },
  {
    number: 79,
    title: 'Delegering av tilgang til leverandører',
    product: 'tilgangsstyring',
    initiatives: ['Sak 9-2025'],
    labels: ['program/felleskomponenter'],
    ...DELIVERED,
    startOn: '2025-09-01',
    endOn: '2026-03-27',
    estimatePersonWeeks: 20,
    milestone: 'K1 2026',
    overview: 'En virksomhet kan la leverandøren sin bruke en tilgang på sine vegne.',
    expectedResult: 'Leverandører trenger ikke egne avtaler for hver kunde.',
    howItWorks:
      'Virksomheten delegerer tilgangen i tilgangsstyringen; leverandøren får et token på vegne av kunden.',
    epics: [
      doneEpic(
        'team-tilgang',
        'Delegering til leverandør',
        ['2025-09-01', '2026-03-27'],
        `[x] Datamodell for delegering
         [x] Brukerflate for delegering
         [x] Token på vegne av kunde
         [x] Tilbaketrekking av delegering
         [x] Feil: delegering forsvinner ved navneendring
         [x] Test med tre leverandører`,
      ),
    ],
  },
  {
    number: 89,
    title: 'Støtte for OpenID Connect i innloggingstjenesten',
    product: 'innloggingstjenesten',
    initiatives: ['Sak 4-2025'],
    labels: ['program/ny-innlogging'],
    ...DELIVERED,
    startOn: '2025-06-09',
    endOn: '2026-02-27',
    estimatePersonWeeks: 60,
    milestone: 'K1 2026',
    overview: 'Ny autorisasjonsserver med OpenID Connect, ved siden av den gamle protokollen.',
    expectedResult: 'Tjenesteeiere kan ta i bruk den nye protokollen i produksjon.',
    howItWorks: 'Tjenesteeieren registrerer klienten sin selv og får tokens etter standarden.',
    epics: [
      doneEpic(
        'team-innlogging',
        'Ny autorisasjonsserver',
        ['2025-06-09', '2026-01-30'],
        `[x] Valg av programvare
         [x] Klientregistrering
         [x] Tokens etter OpenID Connect
         [x] Sikkerhetsnivå i token
         [-] Støtte for eldre klientbiblioteker
         [x] Penetrasjonstest
         [x] Feil: utløpstid i token
         [x] Ytelsestest
         [x] Produksjonssetting`,
      ),
      doneEpic(
        'team-arkitektur',
        'Referansearkitektur for ny protokoll',
        ['2025-06-09', '2026-02-27'],
        `[x] Referansearkitektur
         [x] Eksempelklient
         [x] Sikkerhetsvurdering
         [x] Veiledning for tjenesteeiere`,
      ),
    ],
  },
  {
    number: 99,
    title: 'Flytting av tjenesteeiere til ny protokoll',
    product: 'innloggingstjenesten',
    initiatives: ['Sak 4-2025'],
    labels: ['program/ny-innlogging'],
    dependsOn: [89],
    ...IN_PROGRESS,
    startOn: '2026-01-12',
    endOn: '2026-12-18',
    estimatePersonWeeks: 50,
    milestone: 'K4 2026',
    overview: 'Få alle tjenesteeiere over på den nye protokollen før den gamle stenges.',
    expectedResult: 'Alle tjenesteeiere bruker den nye protokollen.',
    howItWorks: 'Tjenesteeierne følges opp i puljer, de største først, med felles testmiljø.',
    epics: [
      doneEpic(
        'team-innlogging',
        'Veiledning og testmiljø for tjenesteeiere',
        ['2026-01-12', '2026-03-27'],
        `[x] Testmiljø med testbrukere
         [x] Veiledning steg for steg
         [x] Webinar for tjenesteeiere
         [x] Ofte stilte spørsmål
         [x] Feil: testbrukere mangler sikkerhetsnivå`,
      ),
      epic(
        'team-innlogging',
        'Flytte de 50 største tjenesteeierne',
        ['2026-02-02', '2026-12-18'],
        `[x] Pulje 1: statlige etater
         [x] Pulje 2: de største kommunene
         [x] Pulje 3: helseforetakene
         [x] Pulje 4: universiteter og høyskoler
         [x] Oppfølging av tjenesteeiere som står fast
         [x] Feil: gammel klient-ID avvises
         [x] Rapport over flytting
         [x] Stenge gammel protokoll for pulje 1
         [x] Stenge gammel protokoll for pulje 2
         [ ] Stenge gammel protokoll for pulje 3 og 4`,
      ),
      epic(
        'team-innlogging',
        'Flytte resten av tjenesteeierne',
        ['2026-06-01', '2026-12-18'],
        `[x] Liste over resterende tjenesteeiere
         [x] Varsel om frist
         [x] Selvbetjent flytting
         [x] Pulje 5: små kommuner
         [x] Pulje 6: private tjenesteeiere
         [-] Forlenget frist for én leverandør
         [ ] Stenge gammel protokoll for alle
         [ ] Oppsummering`,
      ),
    ],
  },
  {
    number: 100,
    title: 'Ny sesjonshåndtering med felles utlogging',
    product: 'innloggingstjenesten',
    initiatives: ['Sak 4-2025'],
    labels: ['program/ny-innlogging'],
    ...IN_PROGRESS,
    startOn: '2026-03-02',
    endOn: '2026-12-11',
    estimatePersonWeeks: 20,
    milestone: 'K4 2026',
    overview: 'Innbyggeren logges ut av alle tjenester på én gang, og sesjonene varer like lenge overalt.',
    expectedResult: 'Utlogging virker på tvers av tjenester og nettlesere.',
    howItWorks: 'Innloggingstjenesten sender utlogging til alle tjenester i sesjonen etter standarden.',
    epics: [
      doneEpic(
        'team-innlogging',
        'Felles utlogging',
        ['2026-03-02', '2026-10-30'],
        `[x] Utlogging etter standarden
         [x] Utlogging i alle tjenester i sesjonen
         [x] Test med ti tjenesteeiere
         [x] Dokumentasjon
         [r] Feil: utlogging virker ikke i Safari
         [x] Produksjonssetting`,
        { reopened: true },
      ),
      doneEpic(
        'team-innlogging',
        'Sesjonslengde per sikkerhetsnivå',
        ['2026-05-04', '2026-10-16'],
        `[x] Regler for sesjonslengde
         [x] Varsel før sesjonen går ut
         [x] Forlenging av sesjon
         [x] Produksjonssetting`,
      ),
    ],
  },
  {
    number: 121,
    title: 'Pilot for digital lommebok med førerett',
    product: 'lommeboka',
    initiatives: ['Sak 13-2025'],
    labels: ['program/lommebok', 'org/statens-vegvesen'],
    ...UNDER_CONSIDERATION,
    startOn: '2027-01-04',
    endOn: '2027-06-30',
    estimatePersonWeeks: 60,
    milestone: 'K2 2027',
    overview: 'En pilot der 1 000 innbyggere har føreretten sin i en digital lommebok.',
    expectedResult: 'Vi vet hva det koster og krever å tilby lommeboka for alle.',
    howItWorks: 'Statens vegvesen utsteder beviset; innbyggeren viser det fram ved kontroll med mobilen.',
    epics: [
      epic(
        'team-lommebok',
        'Utredning av tekniske standarder',
        ['2026-09-07', '2026-12-15'],
        `[x] Kartlegging av europeiske standarder
         [x] Vurdering av sikkerhetsnivå
         [x] Møter med Statens vegvesen
         [ ] Kostnadsanslag
         [ ] Anbefaling til departementet`,
      ),
    ],
  },
];
