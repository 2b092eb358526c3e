import { BACKLOG, DELIVERED, IN_PROGRESS, doneEpic, epic } from './thread-builders';
import type { DemoElement } from './types';

export const PORTALER_ELEMENTS: DemoElement[] = [
  {
    number: 60,
    title: 'Designsystem 2.0: komponentbibliotek',
    product: 'designsystemet',
    initiatives: ['Sak 6-2025'],
    labels: ['program/felles-design'],
    ...DELIVERED,
    startOn: '2025-05-05',
    endOn: '2025-11-28',
    estimatePersonWeeks: 50,
    milestone: 'K4 2025',
    overview: 'Nytt komponentbibliotek med felles uttrykk for alle tjenestene.',
    expectedResult: 'Alle felleskomponentene kan bygge brukerflatene sine på samme komponenter.',
    howItWorks: 'Komponentene publiseres som pakker for React og ren CSS, med dokumentasjon og eksempler.',
    epics: [
      doneEpic(
        'team-designsystem',
        'Nye skjemakomponenter',
        ['2025-05-05', '2025-09-26'],
        `[x] Tekstfelt og tekstområde
         [x] Avkrysningsboks og radioknapp
         [x] Nedtrekksliste med søk
         [x] Datovelger
         [x] Feilmeldinger og oppsummering
         [x] Feil: fokus forsvinner i datovelgeren
         [x] Dokumentasjon med eksempler`,
      ),
      doneEpic(
        'team-designsystem',
        'Tilgjengelighetserklæring per komponent',
        ['2025-08-04', '2025-11-28'],
        `[x] Mal for erklæringen
         [x] Test med skjermleser
         [x] Test med forstørrelse
         [x] Erklæring publisert for alle komponenter
         [x] Rutine for nye komponenter`,
      ),
    ],
  },
  {
    number: 106,
    title: 'Personlig oversikt over saker og frister',
    product: 'innbyggerportalen',
    initiatives: ['Sak 12-2025'],
    labels: ['program/innbyggerportal'],
    ...IN_PROGRESS,
    startOn: '2026-01-05',
    endOn: '2027-03-26',
    estimatePersonWeeks: 70,
    milestone: 'K1 2027',
    overview: 'Innbyggeren ser sakene sine hos flere etater og fristene sine på ett sted.',
    expectedResult: 'Saker fra fem etater vises i oversikten, med frister og påminnelser.',
    howItWorks: 'Etatene leverer saksstatus gjennom et felles API; portalen samler og viser den.',
    epics: [
      epic(
        'team-portal',
        'Oversikt over saker fra fem etater',
        ['2026-01-05', '2027-01-29'],
        `[x] Felles API for saksstatus
         [x] Saker fra Skatteetaten
         [x] Saker fra Nav
         [x] Saker fra Lånekassen
         [x] Filtrering og sortering
         [x] Feil: avsluttede saker vises som åpne
         [x] Mobilvisning
         [ ] Saker fra Husbanken
         [ ] Saker fra Statens vegvesen`,
      ),
      epic(
        'team-portal',
        'Frister og påminnelser',
        ['2026-05-04', '2027-03-26'],
        `[x] Visning av frister
         [x] Påminnelse på e-post
         [x] Påminnelse på SMS
         [x] Innstillinger for påminnelser
         [ ] Kalenderfil for frister
         [ ] Feil: frist vises dagen før på mobil
         [ ] Brukertest`,
      ),
      doneEpic(
        'team-portal',
        'Innlogget forside',
        ['2026-01-05', '2026-06-26'],
        `[x] Skisser og brukertest
         [x] Forside med de viktigste sakene
         [x] Snarveier til mest brukte tjenester
         [x] Universell utforming
         [x] Feil: tom forside for nye brukere`,
      ),
      epic(
        'team-designsystem',
        'Komponenter for saksoversikt',
        ['2026-02-02', '2026-12-18'],
        `[x] Sakskort
         [x] Tidslinje for saksgang
         [x] Statusmerker
         [x] Tilgjengelighetserklæring
         [ ] Tabell med sortering`,
      ),
    ],
  },
  {
    number: 108,
    title: 'Push-varsler i appen',
    product: 'innbyggerportalen',
    initiatives: ['Sak 12-2025'],
    labels: ['program/innbyggerportal'],
    ...BACKLOG,
    state: 'closed',
    stateReason: 'not-planned',
    startOn: '2026-03-02',
    endOn: '2026-09-30',
    estimatePersonWeeks: 20,
    milestone: 'K3 2026',
    overview:
      'Varsle innbyggeren i appen når noe nytt skjer i en sak. Erstattet av varsel om ulest post (Sak 3-2026).',
    expectedResult: 'Innbyggeren får varsel på telefonen uten SMS.',
    howItWorks: 'Appen registrerer seg for push-varsler hos Apple og Google.',
    lastActivity: '2026-05-12',
    epics: [
      epic(
        'team-portal',
        'Push-varsler for iOS og Android',
        ['2026-03-02', '2026-09-30'],
        `[x] Vurdering av leverandører for push
         [-] Registrering av enheter
         [-] Sending av varsler`,
        { state: 'closed', stateReason: 'not-planned', lastActivity: '2026-05-12' },
      ),
    ],
  },
  {
    number: 109,
    title: 'Varsel om nye saker på forsiden',
    product: 'innbyggerportalen',
    initiatives: ['Sak 12-2025'],
    labels: ['program/innbyggerportal'],
    dependsOn: [108],
    ...IN_PROGRESS,
    startOn: '2026-06-01',
    endOn: '2027-02-26',
    estimatePersonWeeks: 14,
    milestone: 'K1 2027',
    overview: 'Et varsel på den innloggede forsiden når en etat har oppdatert en sak.',
    expectedResult: 'Innbyggeren ser nye hendelser i sakene sine uten å lete.',
    howItWorks: 'Forsiden viser et banner når saksstatus er endret siden forrige innlogging.',
    epics: [
      epic(
        'team-portal',
        'Varselbanner på forsiden',
        ['2026-06-01', '2027-02-26'],
        `[x] Skisser
         [x] Registrere forrige innlogging
         [x] Banner for endrede saker
         [ ] Koble til push-varsler
         [ ] Brukertest
         [ ] Universell utforming`,
      ),
    ],
  },
  {
    number: 111,
    title: 'Tilgjengelighetserklæringer for alle felleskomponenter',
    product: 'designsystemet',
    initiatives: ['Sak 18-2025'],
    labels: ['program/universell-utforming'],
    ...IN_PROGRESS,
    startOn: '2025-11-10',
    endOn: '2026-12-18',
    estimatePersonWeeks: 30,
    milestone: 'K4 2026',
    overview:
      'Kartlegge og lukke avvik, og publisere en oppdatert tilgjengelighetserklæring for hver tjeneste.',
    expectedResult: 'Ingen kritiske avvik, og oppdaterte erklæringer for alle felleskomponentene.',
    howItWorks: 'Arbeidsgruppen kartlegger; teamene lukker avvikene i sine egne tjenester.',
    lastActivity: '2026-09-18',
    epics: [
      doneEpic(
        'team-designsystem',
        'Kartlegging av avvik i felleskomponentene',
        ['2025-11-10', '2026-03-27'],
        `[x] Testplan og verktøy
         [x] Test av Innbyggerportalen
         [x] Test av Skjemabyggeren
         [x] Test av Veiledningsportalen
         [x] Test av innloggingen
         [x] Samlet rapport til tilsynet`,
        { lastActivity: '2026-03-27' },
      ),
      epic(
        'team-skjema',
        'Lukke avvik i Skjemabyggeren',
        ['2026-03-02', '2026-12-18'],
        `[x] Feil: manglende etiketter på felt
         [x] Feil: fokusrekkefølge i tabeller
         [x] Feil: kontrast i deaktiverte knapper
         [x] Feil: feilmeldinger leses ikke opp
         [x] Feil: tidsavbrudd uten varsel
         [ ] Oppdatert tilgjengelighetserklæring`,
        { lastActivity: '2026-09-18' },
      ),
      epic(
        'team-portal',
        'Lukke avvik i Innbyggerportalen',
        ['2026-03-02', '2026-12-18'],
        `[x] Feil: menyen kan ikke brukes med tastatur
         [x] Feil: bilder uten alternativ tekst
         [x] Feil: overskriftsnivåer
         [x] Feil: tekst i bilder
         [x] Feil: zoom bryter oppsettet
         [ ] Oppdatert tilgjengelighetserklæring`,
        { lastActivity: '2026-09-11' },
      ),
    ],
  },
  {
    number: 120,
    title: 'Klarspråk i de 50 mest brukte veiledningene',
    product: 'veiledningsportalen',
    initiatives: ['Sak 2-2026'],
    labels: ['program/klarsprak'],
    ...BACKLOG,
    startOn: '2027-01-11',
    endOn: '2027-06-25',
    estimatePersonWeeks: 18,
    milestone: 'K2 2027',
    overview: 'Skrive om de mest brukte veiledningene i klarspråk og teste dem med tjenesteeiere.',
    expectedResult: 'Tjenesteeierne forstår veiledningene uten å måtte spørre oss.',
    howItWorks: 'TBD',
    epics: [epic('team-veiledning', 'Draft epos', ['2027-01-11', '2027-06-25'], '')],
  },
];
