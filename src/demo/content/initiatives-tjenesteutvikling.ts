import {
  POST_01,
  POST_21,
  POST_45,
  approvals,
  approve,
  funding,
  milestone,
  okr,
  park,
  resources,
} from './builders';
import type { DemoInitiative } from './types';

export const TJENESTEUTVIKLING_INITIATIVES: DemoInitiative[] = [
  {
    key: 'Sak 10-2025',
    title: 'Skjemabyggeren for kommunene',
    submitter: 'eirik',
    owner: 'olemartin',
    responsible: 'eirik',
    collaboration: 'Team Skjema, Team Designsystem, KS og åtte pilotkommuner.',
    description:
      'Tilby Skjemabyggeren til kommunene, med ferdige maler for de vanligste kommunale søknadene og integrasjon mot kommunale sakssystemer.',
    problemStatement:
      'Kommunene bruker mange ulike skjemaløsninger, ofte PDF-er som skrives ut. Innbyggerne møter ulik kvalitet fra kommune til kommune.',
    riskIfNotDone:
      'Kommunene kjøper egne løsninger hver for seg, og innbyggerne får fortsatt ulike tjenester.',
    priority: 'must',
    strategicItems: ['okr-kr32', 'tb-m1', 'vs-1'],
    okrs: [
      okr(
        'Kommunene lager skjema selv',
        ['Antall skjema bygget i Skjemabyggeren', '150', '112'],
        ['Kommuner som har publisert minst ett skjema', '60', '38'],
      ),
    ],
    riskLevel: 'medium',
    riskText: 'Mange ulike sakssystemer i kommunene; vi starter med de tre mest brukte.',
    competence: 'Frontend, integrasjon, tjenestedesign og opplæring.',
    personMonthsTotal: 45,
    milestones: [
      milestone('Maler for ti søknader', '2026-01-31', true),
      milestone('Integrasjon mot tre sakssystemer', '2026-06-30', true),
      milestone('Åpent for alle kommuner', '2026-12-31'),
    ],
    allocation: { kind: 'teams', teams: ['team-skjema', 'team-designsystem'] },
    funding: [
      funding(2025, POST_01, 'team-budget', 1_500_000, 1_500_000),
      funding(2026, POST_21, 'common-funds', 2_500_000, 2_500_000),
    ],
    resources: [resources(2025, 9, 3), resources(2026, 27, 6)],
    businessPlanYears: [2026],
    journey: approvals('2025-04-16', '2025-05-14', '2025-08-27', '2025-10-29'),
    statusUpdate: {
      text: 'Skjemabyggeren er så godt som klar for kommunene: malbiblioteket er i drift og de første malene er i bruk. Vi mangler bare innloggingen.',
      progress: 90,
    },
  },
  {
    key: 'Sak 17-2025',
    title: 'Samtykkebasert deling av data',
    submitter: 'emilie',
    owner: 'emilie',
    responsible: 'eirik',
    dependsOn: ['Sak 11-2025'],
    collaboration: 'Team Samtykke, Team Deling og finansnæringen.',
    description:
      'La innbyggeren gi samtykke til at en bank eller et forsikringsselskap henter opplysninger direkte fra det offentlige, og trekke samtykket tilbake.',
    problemStatement:
      'Innbyggerne må laste ned dokumenter fra det offentlige og sende dem videre på e-post. Det er tungvint og gir kopier av sensitive data på avveie.',
    riskIfNotDone:
      'Sensitive dokumenter fortsetter å bli sendt på e-post, og næringslivet lager egne løsninger.',
    priority: 'should',
    strategicItems: ['vs-3', 'pgd-2', 'okr-kr12'],
    okrs: [
      okr(
        'Innbyggerne deler data trygt',
        ['Antall aktive samtykker', '200 000'],
        ['Virksomheter som henter data med samtykke', '25'],
      ),
    ],
    riskLevel: 'medium',
    riskText: 'Krever hendelser fra Deleplattformen (Sak 11-2025) for å varsle når et samtykke trekkes.',
    competence: 'Backend, personvernjuss, tjenestedesign.',
    personMonthsTotal: 40,
    milestones: [milestone('Samtykke for inntektsopplysninger', '2027-04-30')],
    allocation: { kind: 'teams', teams: ['team-samtykke', 'team-deling'] },
    resources: [resources(2027, 32, 8)],
    journey: approvals('2025-07-02', '2025-10-15', '2026-03-25'),
  },
  {
    key: 'Sak 21-2025',
    title: 'Felles kjøremiljø på tjenesteplattformen',
    submitter: 'karianne',
    owner: 'karianne',
    responsible: 'eirik',
    collaboration: 'Team Tjenesteplattform, Team Formidling og Team Arkitektur.',
    description: 'Ett felles kjøremiljø med bygg, utrulling, overvåking og sikkerhetsskanning for alle team.',
    problemStatement:
      'Teamene drifter hvert sitt miljø. Sikkerhetsoppdateringer tar uker å rulle ut, og nye team bruker måneder på å komme i gang.',
    riskIfNotDone: 'Høye driftskostnader, ujevn sikkerhet og treg oppstart for nye tjenester.',
    priority: 'must',
    strategicItems: ['vs-2', 'tb-m3'],
    okrs: [
      okr(
        'Alle team på felles kjøremiljø',
        ['Andel team på felles kjøremiljø', '80 %', '25 %'],
        ['Tid fra sikkerhetsvarsel til oppdatering', 'under 48 timer', '9 dager'],
      ),
    ],
    riskLevel: 'medium',
    riskText: 'Teamene må flytte tjenestene sine; vi tilbyr hjelp og migreringsmaler.',
    competence: 'Plattformutvikling, drift, sikkerhet.',
    personMonthsTotal: 66,
    milestones: [
      milestone('Kjøremiljø i produksjon', '2027-01-31'),
      milestone('Ti team flyttet', '2027-06-30'),
    ],
    allocation: { kind: 'teams', teams: ['team-tjenesteplattform'] },
    funding: [
      funding(2027, POST_45, 'common-funds', 5_000_000),
      funding(2027, POST_01, 'team-budget', 1_000_000, 1_000_000),
    ],
    resources: [resources(2027, 42, 24)],
    budgetProposalYears: [2027],
    journey: approvals('2025-11-05', '2026-01-14', '2026-06-24'),
    checked: ['management-operations'],
  },
  {
    key: 'Sak 5-2026',
    title: 'Gjenbrukbar betalingskomponent',
    submitter: 'eirik',
    owner: 'karianne',
    responsible: 'eirik',
    collaboration: 'Team Tjenesteplattform og tre etater med gebyrer.',
    description: 'En felles komponent for betaling i digitale tjenester, med kort, Vipps og faktura.',
    problemStatement:
      'Etater som tar gebyr, kjøper hver sin betalingsløsning. Innbyggerne betaler på ulike måter.',
    riskIfNotDone: 'Dobbelt arbeid og høye transaksjonskostnader.',
    priority: 'could',
    strategicItems: ['vs-2'],
    okrs: [okr('Felles betaling i tjenestene', ['Tjenester som bruker komponenten', '10'])],
    riskLevel: 'medium',
    riskText: 'Krever anskaffelse av innløsningsavtale.',
    competence: 'Betalingsløsninger, anskaffelser og sikkerhet.',
    personMonthsTotal: 24,
    journey: approvals('2026-02-04', '2026-05-20'),
  },
  {
    key: 'Sak 11-2026',
    title: 'KI-støtte i saksbehandling på tjenesteplattformen',
    submitter: 'toregil',
    owner: 'karianne',
    collaboration: 'Arbeidsgruppe for kunstig intelligens, juridisk seksjon og to pilotetater.',
    description:
      'Felles byggeklosser for ansvarlig bruk av språkmodeller i saksbehandling: oppsummering, utkast og søk.',
    problemStatement:
      'Flere team eksperimenterer med KI hver for seg, uten felles retningslinjer for personvern, dokumentasjon og kvalitetssikring.',
    riskIfNotDone: 'Risiko for ulovlig behandling av personopplysninger og mange parallelle løsninger.',
    priority: 'should',
    strategicItems: ['dig-t26', 'vs-4'],
    journey: approvals('2026-04-22'),
  },
  {
    key: 'Sak 13-2026',
    title: 'Automatisk testing av tilgjengelighet i Skjemabyggeren',
    submitter: 'oda',
    owner: 'olemartin',
    collaboration: 'Team Skjema og Team Designsystem.',
    description:
      'Teste hvert skjema automatisk for brudd på kravene til universell utforming før det publiseres.',
    problemStatement:
      'Skjema publiseres med feil som kunne vært oppdaget automatisk, og rettes først etter klage.',
    riskIfNotDone: 'Flere avvik i publiserte skjema.',
    priority: 'should',
    strategicItems: ['dig-t31', 'okr-kr41'],
    journey: [
      approve('problem', '2026-05-06'),
      park('2026-08-26', 'Settes på vent til Sak 18-2025 har lukket de kritiske avvikene i Skjemabyggeren.'),
    ],
  },
  {
    key: 'Sak 18-2026',
    title: 'Migrering av eldre skjema til ny plattform',
    submitter: 'olemartin',
    owner: 'olemartin',
    collaboration: 'Team Skjema og tjenesteeierne.',
    description:
      'Flytte de rundt 400 eldre skjemaene til Skjemabyggeren og slå av den gamle skjemaløsningen.',
    journey: [],
    checked: ['judged-important', 'balanced-portfolio'],
  },
];
